import { ServiceError } from '../../core/errors.js'

/**
 * kafkajs errors as ServiceErrors: what failed, whether a retry can help, what to do. kafkajs messages
 * name brokers and topics, never credentials, so they are kept (without their stack).
 */
interface KafkaJsErrorLike {
  name?: string
  message?: string
  retriable?: boolean
  type?: string
  cause?: unknown
}

export function kafkaError(action: string, err: unknown): ServiceError {
  if (err instanceof ServiceError) return err
  const e = (err ?? {}) as KafkaJsErrorLike
  const root = rootCause(e)
  const type = root.type ?? e.type
  const message = `Kafka: ${action} failed: ${root.message ?? e.message ?? String(err)}`
  return new ServiceError(message, {
    cause: err,
    retriable: e.retriable ?? root.retriable ?? isConnectionError(e),
    hint: hintFor(e, root, type),
  })
}

/** The broker said the request or a message was too large (`max.message.bytes`). */
export function isMessageTooLarge(err: unknown): boolean {
  const seen = new Set<unknown>()
  let e = err as KafkaJsErrorLike | undefined
  while (e && !seen.has(e)) {
    seen.add(e)
    if (e.type === 'MESSAGE_TOO_LARGE' || e.type === 'RECORD_LIST_TOO_LARGE') return true
    e = e.cause as KafkaJsErrorLike | undefined
  }
  return false
}

function rootCause(e: KafkaJsErrorLike): KafkaJsErrorLike {
  let current = e
  const seen = new Set<unknown>()
  while (current.cause && typeof current.cause === 'object' && !seen.has(current.cause)) {
    seen.add(current.cause)
    current = current.cause as KafkaJsErrorLike
  }
  return current
}

function isConnectionError(e: KafkaJsErrorLike): boolean {
  return e.name === 'KafkaJSConnectionError' || e.name === 'KafkaJSRequestTimeoutError'
}

function hintFor(e: KafkaJsErrorLike, root: KafkaJsErrorLike, type: string | undefined): string {
  const names = [e.name, root.name]
  if (names.includes('KafkaJSSASLAuthenticationError') || type === 'SASL_AUTHENTICATION_FAILED')
    return 'check kafka-sasl-mechanism, kafka-sasl-username and LOGWARD_KAFKA_SASL_PASSWORD'
  if (type === 'TOPIC_AUTHORIZATION_FAILED' || type === 'GROUP_AUTHORIZATION_FAILED')
    return 'the Kafka user lacks an ACL for this topic or group'
  if (type === 'UNKNOWN_TOPIC_OR_PARTITION') return 'create the topic, or let `logward ship` create it'
  if (type === 'MESSAGE_TOO_LARGE' || type === 'RECORD_LIST_TOO_LARGE')
    return "lower kafka-batch-bytes, or set kafka-max-message-bytes to the topic's max.message.bytes"
  if (names.includes('KafkaJSConnectionError') || names.includes('KafkaJSNumberOfRetriesExceeded'))
    return 'check kafka-brokers (LOGWARD_KAFKA_BROKERS), that the brokers are up and reachable, and kafka-tls'
  return 'check the broker logs and kafka-brokers'
}
