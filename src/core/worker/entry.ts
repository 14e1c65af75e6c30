import { parentPort } from 'node:worker_threads'
import { sendError, sendResult, type FromWorker, type ToWorker } from './protocol'
import { runTask } from './tasks'

/**
 * The worker thread's entry point (built as its own file: out/main/worker.js for Electron,
 * out/node/worker.js for the CLI and the web shell). It never touches the database: it receives
 * plain data, runs one task at a time (src/core/worker/tasks.ts) and posts progress and the result.
 */
const port = parentPort
if (!port) throw new Error('src/core/worker/entry.ts runs as a worker thread only')

const post = (message: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer)

port.on('message', (message: ToWorker) => {
  if (message.type !== 'run') return
  runTask(message.task, (progress) => post({ type: 'progress', progress })).then(
    (result) => {
      const { value, transfer } = sendResult(result)
      post({ type: 'done', result: value }, transfer)
    },
    (error: unknown) => post({ type: 'failed', error: sendError(error) })
  )
})

post({ type: 'ready' })
