/** Recall tasks (召回任务): a holder lists, confirms, reports on and explains its own; regulators list those in scope. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { listTasks } from '../../../services/recalls/recall-queries.js'
import { confirmTask, explainTask, reportTask } from '../../../services/recalls/report-task.js'
import { scopeOf } from '../../auth.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { IdParams } from '../recalls/schema.js'
import { ConfirmBody, ExplainBody, ReportBody, TaskAnswer, TaskList, TaskListQuery } from './schema.js'

const recallTasks: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const security = [{ bearer: [] }]
  const tags = ['recalls']
  const deps = { clock: app.clock }

  server.get('/api/v1/recall-tasks', {
    schema: { tags, summary: 'Recall tasks: an enterprise its own, a regulator those of holders in its region; soonest deadline first', security, querystring: TaskListQuery, response: { 200: TaskList, ...errorResponses } },
  }, async (request) => {
    const q = request.query
    return listTasks(app.store, deps, await scopeOf(request, app), { status: q.status as never, recallId: q.recallId, limit: q.limit ?? 20, offset: q.offset ?? 0 })
  })

  server.post('/api/v1/recall-tasks/:id/confirm', {
    schema: { tags, summary: 'Confirm receipt of a recall task (确认)', security, params: IdParams, body: ConfirmBody, response: { 200: TaskAnswer, ...errorResponses } },
  }, async (request) => confirmTask(app.store, deps, await scopeOf(request, app), request.params.id, request.body.note))

  server.post('/api/v1/recall-tasks/:id/reports', {
    schema: { tags, summary: 'Report what was taken off the shelves, returned or destroyed, per lot; becomes trace events', security, params: IdParams, body: ReportBody, response: { 201: TaskAnswer, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await reportTask(app.store, { ...deps, log: request.log }, await scopeOf(request, app), request.params.id, request.body)))

  server.post('/api/v1/recall-tasks/:id/explain', {
    schema: { tags, summary: 'Explain what cannot be recalled (sold before the recall, used up…); finishes the task', security, params: IdParams, body: ExplainBody, response: { 200: TaskAnswer, ...errorResponses } },
  }, async (request) => explainTask(app.store, deps, await scopeOf(request, app), request.params.id, request.body.note))
}

export default recallTasks
