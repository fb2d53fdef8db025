/** Alerting: rules over a run's analysis → Slack messages and Jira issues, deduplicated across runs. */
export { sendAlerts, type SendAlertsOptions } from './send-alerts.js'
export type { NotifyAction, NotifyResult } from './result.js'
export {
  notifySettingsSchema,
  resolveNotifySettings,
  redactSettings,
  NOTIFY_ENV,
  SECRET_SETTINGS,
  type NotifySettings,
  type NotifySettingKey,
} from './settings.js'
export {
  alertRuleSchema,
  alertRulesSchema,
  parseAlertRules,
  parseAlertRulesText,
  type AlertRule,
  type AlertRuleInput,
  type Severity,
} from './rules.js'
export { alertMetrics, type AlertMetrics } from './metrics.js'
export { evaluateRules, type AlertSubject, type TriggeredRule } from './evaluate.js'
export { alertFingerprint, fingerprintLabel } from './fingerprint.js'
export { DEFAULT_STATE_PATH } from './state-file.js'
export { AlertDeliveryError } from './errors.js'
