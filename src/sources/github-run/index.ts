export {
  downloadRunLogs,
  type DownloadRunLogsOptions,
  type RunLogFile,
  type RunLogs,
  type SkippedJob,
} from './download-run-logs.js'
export { jobLogFileName } from './job-log-name.js'
