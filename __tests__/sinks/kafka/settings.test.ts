import { Command } from 'commander'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../../src/config/load.js'
import {
  addPipelineFlags,
  KAFKA_KEYS,
  PIPELINE_ENV_VARS,
  resolvePipelineSettings,
} from '../../../src/pipeline/consume/settings.js'

// The pipeline settings (Kafka, Elasticsearch, WebHDFS, consume): flags > environment > defaults.
describe('pipeline settings', () => {
  const config = loadConfig({ cwd: '/', overrides: {} })

  it('have defaults for everything a local setup needs', () => {
    const s = resolvePipelineSettings(config, {}, {})
    expect(s['kafka-brokers']).toEqual(['localhost:9092'])
    expect(s['kafka-topic']).toBe('logward-logs')
    expect(s['kafka-compression']).toBe('gzip')
    expect(s['elasticsearch-url']).toBe('http://localhost:9200')
    expect(s['elasticsearch-index-mode']).toBe('daily')
    expect(s['webhdfs-url']).toBe('http://localhost:9870/webhdfs/v1')
    expect(s['consume-sinks']).toEqual(['elasticsearch', 'webhdfs'])
  })

  it('read connection settings from the environment, and flags win over it (through loadConfig)', () => {
    const env = {
      LOGWARD_KAFKA_BROKERS: 'k1:9092,k2:9092',
      LOGWARD_ELASTICSEARCH_URL: 'https://es:9200',
      LOGWARD_WEBHDFS_URL: 'http://nn:9870/webhdfs/v1',
      LOGWARD_KAFKA_SASL_PASSWORD: 'pw-value',
    }
    const fromEnv = loadConfig({ cwd: '/', env })
    const s = resolvePipelineSettings(fromEnv, {}, env)
    expect(s['kafka-brokers']).toEqual(['k1:9092', 'k2:9092'])
    expect(s['elasticsearch-url']).toBe('https://es:9200')
    expect(s['webhdfs-url']).toBe('http://nn:9870/webhdfs/v1')
    expect(s['kafka-sasl-password']).toBe('pw-value')
    // A credential given as a setting is a secret: redacted wherever it appears.
    expect(fromEnv.secrets).toContain('pw-value')
    const flagged = loadConfig({
      cwd: '/',
      env,
      overrides: { 'kafka-brokers': ['flag:1'], 'kafka-batch-bytes': 65536 },
    })
    expect(resolvePipelineSettings(flagged, {}, env)['kafka-brokers']).toEqual(['flag:1'])
    expect(resolvePipelineSettings(flagged, {}, env)['kafka-batch-bytes']).toBe(65536)
    expect(PIPELINE_ENV_VARS['kafka-brokers']).toBe('LOGWARD_KAFKA_BROKERS')
  })

  it('name the setting and where a bad value came from, never the value', () => {
    expect(() => loadConfig({ cwd: '/', overrides: { 'kafka-batch-bytes': 'lots' } })).toThrow(
      /^command line: kafka-batch-bytes:/,
    )
    const bad = { LOGWARD_ELASTICSEARCH_URL: 'not a url with s3cret' }
    expect(() => loadConfig({ cwd: '/', env: bad })).toThrow(
      /^environment variable LOGWARD_ELASTICSEARCH_URL: elasticsearch-url:/,
    )
    try {
      loadConfig({ cwd: '/', env: bad })
    } catch (err) {
      expect((err as Error).message).not.toContain('s3cret')
    }
  })

  it('become flags with the same names, choices and the environment variable in the help', () => {
    const command = addPipelineFlags(new Command('x'), KAFKA_KEYS)
    const help = command.helpInformation()
    expect(help).toContain('--kafka-brokers <value...>')
    expect(help).toMatch(/\[env\s+LOGWARD_KAFKA_BROKERS\]/)
    expect(help).toContain('--no-kafka-tls')
    command.parse(['--kafka-compression', 'none', '--kafka-brokers', 'a:1', '--kafka-brokers', 'b:2'], {
      from: 'user',
    })
    expect(command.opts()).toMatchObject({ kafkaCompression: 'none', kafkaBrokers: ['a:1', 'b:2'] })
  })
})
