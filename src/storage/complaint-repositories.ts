/** Notification, subscription and complaint repositories, bound into the store beside the others (store.ts). */
import type { Kysely } from 'kysely'
import type { Dialect } from './dialect/dialect.js'
import { createComplaintRepository } from './repositories/complaint-repository.js'
import { createNotificationRepository } from './repositories/notification-repository.js'
import { createSubscriptionDeliveryRepository } from './repositories/subscription-delivery-repository.js'
import { createSubscriptionRepository } from './repositories/subscription-repository.js'
import type { Database } from './schema.js'

export function bindComplaintRepositories(db: Kysely<Database>, dialect: Dialect) {
  return {
    notifications: createNotificationRepository(db, dialect),
    subscriptions: createSubscriptionRepository(db),
    deliveries: createSubscriptionDeliveryRepository(db, dialect),
    complaints: createComplaintRepository(db),
  }
}

export type ComplaintRepositories = ReturnType<typeof bindComplaintRepositories>
