import { ServiceError } from '../../core/errors.js'

/** Exceptions the NameNode raises that a later attempt can get past (failover, startup, lease recovery). */
const RETRIABLE_EXCEPTIONS = new Set([
  'StandbyException',
  'RetriableException',
  'SafeModeException',
  'RecoveryInProgressException',
  'AlreadyBeingCreatedException',
  'LeaseExpiredException',
  'NotReplicatedYetException',
])

/**
 * A WebHDFS call failed. Names the operation and the HDFS path (never the URL's query, which may hold
 * a delegation token), the HTTP status and the server's exception class.
 */
export class WebHdfsError extends ServiceError {
  readonly status: number | undefined
  readonly exception: string | undefined
  constructor(
    op: string,
    path: string,
    detail: { status?: number; exception?: string; message?: string; cause?: unknown },
  ) {
    const what = [
      detail.status !== undefined ? `HTTP ${detail.status}` : undefined,
      detail.exception,
      detail.message,
    ]
      .filter(Boolean)
      .join(': ')
    const retriable =
      detail.status === undefined ||
      detail.status >= 500 ||
      detail.status === 429 ||
      (detail.exception !== undefined && RETRIABLE_EXCEPTIONS.has(detail.exception))
    super(`WebHDFS ${op} ${path} failed: ${what || 'no answer'}`, {
      ...(detail.cause !== undefined ? { cause: detail.cause } : {}),
      retriable: retriable && detail.exception !== 'AccessControlException',
      hint: hintFor(detail.status, detail.exception),
    })
    this.status = detail.status
    this.exception = detail.exception
  }
}

function hintFor(status: number | undefined, exception: string | undefined): string {
  if (exception === 'AccessControlException' || status === 401 || status === 403)
    return 'the HDFS user (webhdfs-user) may not write there: check permissions, or the delegation token (LOGWARD_WEBHDFS_TOKEN)'
  if (exception === 'SafeModeException') return 'the NameNode is in safe mode: wait, or ask an HDFS admin'
  if (exception === 'StandbyException')
    return 'webhdfs-url points at a standby NameNode: use the active one or an HttpFS gateway'
  if (status === undefined)
    return 'check webhdfs-url (LOGWARD_WEBHDFS_URL) and that the NameNode and DataNodes are reachable'
  return 'check the NameNode log'
}
