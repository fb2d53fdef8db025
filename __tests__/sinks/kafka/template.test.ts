import { describe, expect, it } from 'vitest'
import { ConfigError } from '../../../src/core/errors.js'
import {
  brokerList,
  deadLetterTopic,
  kafkaClientConfig,
  type KafkaSettings,
} from '../../../src/sinks/kafka/config.js'
import {
  compileKeyTemplate,
  compileTopicTemplate,
  hasFields,
  topicPattern,
} from '../../../src/sinks/kafka/template.js'
import { makeRecord } from '../lake/make-records.js'

const settings = (over: Partial<KafkaSettings> = {}): KafkaSettings => ({
  'kafka-brokers': ['localhost:9092'],
  'kafka-topic': 'logward-logs',
  'kafka-key': '{service}/{host}',
  'kafka-compression': 'gzip',
  'kafka-batch-bytes': 1048576,
  'kafka-oversize': 'split',
  'kafka-partitions': 3,
  'kafka-group': 'logward',
  'kafka-sasl-mechanism': 'none',
  'kafka-tls': false,
  ...over,
})

describe('topic and key templates', () => {
  it('fill fields from the record; the service falls back to the file name, as the lake does', () => {
    const key = compileKeyTemplate('{service}/{host}')
    expect(key(makeRecord({ service: 'api', host: 'web-1' }))).toBe('api/web-1')
    expect(key(makeRecord({ path: 'logs/worker.log.2.gz' }))).toBe('worker/')
    expect(compileKeyTemplate('{path}')(makeRecord({ path: 'a/b.log' }))).toBe('a/b.log')
  })

  it('make field values topic-safe and keep constant topics constant', () => {
    const topic = compileTopicTemplate('logs-{service}')
    expect(topic(makeRecord({ service: 'billing api/v2' }))).toBe('logs-billing_api_v2')
    expect(compileTopicTemplate('logward-logs')(makeRecord())).toBe('logward-logs')
    expect(hasFields('logs-{service}')).toBe(true)
    expect(hasFields('logward-logs')).toBe(false)
  })

  it('reject unknown fields and invalid topic names with the setting named', () => {
    expect(() => compileTopicTemplate('logs-{path}')).toThrow(/kafka-topic: unknown field \{path\}/)
    expect(() => compileKeyTemplate('{nope}')).toThrow(ConfigError)
    expect(() => compileTopicTemplate('logs/all')).toThrow(/not a valid topic name/)
  })

  it('give consume a pattern for every topic the template can make', () => {
    const p = topicPattern('logs-{service}.{environment}')
    expect(p.test('logs-api.prod')).toBe(true)
    expect(p.test('logs-api.')).toBe(true)
    expect(p.test('logsXapi.prod')).toBe(false)
    expect(p.test('other-logs-api.prod')).toBe(false)
  })

  it('name the dead-letter topic after the topic without its fields', () => {
    expect(deadLetterTopic({ 'kafka-topic': 'logward-logs' })).toBe('logward-logs-dlq')
    expect(deadLetterTopic({ 'kafka-topic': 'logward-logs-{service}' })).toBe('logward-logs-dlq')
    expect(deadLetterTopic({ 'kafka-topic': 'x', 'kafka-dlq-topic': 'mine' })).toBe('mine')
  })
})

describe('Kafka client settings', () => {
  it('split comma-separated brokers and refuse what is not host:port', () => {
    expect(brokerList({ 'kafka-brokers': ['a:9092,b:9093', ' c:1 '] })).toEqual(['a:9092', 'b:9093', 'c:1'])
    expect(() => brokerList({ 'kafka-brokers': ['http://a:9092'] })).toThrow(/not host:port/)
    expect(() => brokerList({ 'kafka-brokers': [''] })).toThrow(/no broker/)
  })

  it('pass SASL and TLS through to kafkajs, and never name the password in an error', () => {
    const config = kafkaClientConfig(
      settings({
        'kafka-sasl-mechanism': 'scram-sha-512',
        'kafka-sasl-username': 'svc',
        'kafka-sasl-password': 's3cr3t-value',
        'kafka-tls': true,
      }),
    )
    expect(config.sasl).toEqual({ mechanism: 'scram-sha-512', username: 'svc', password: 's3cr3t-value' })
    expect(config.ssl).toBe(true)
    expect(kafkaClientConfig(settings()).sasl).toBeUndefined()
    let message = ''
    try {
      kafkaClientConfig(settings({ 'kafka-sasl-mechanism': 'plain', 'kafka-sasl-username': 'svc' }))
    } catch (err) {
      message = (err as Error).message
    }
    expect(message).toMatch(/needs kafka-sasl-username and a password/)
  })
})
