/** Row ids are UUIDv7 text made in the app; branded so one kind of id cannot pass for another. */
type Brand<T, B extends string> = T & { readonly __brand: B }
export type PartyId = Brand<string, 'PartyId'>
export type SiteId = Brand<string, 'SiteId'>
export type ProductId = Brand<string, 'ProductId'>
export type TraceUnitId = Brand<string, 'TraceUnitId'>
export type EventRowId = Brand<string, 'EventRowId'>
