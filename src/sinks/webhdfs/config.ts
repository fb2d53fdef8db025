import { z } from 'zod'

/** WebHDFS settings, in the shape of `configSchema` (spread into it); see WEBHDFS_ENV_VARS. */
export const webhdfsSettings = {
  'webhdfs-url': z
    .string()
    .url()
    .default('http://localhost:9870/webhdfs/v1')
    .describe('WebHDFS endpoint of the NameNode (or of an HttpFS / Knox gateway), ending in `/webhdfs/v1`.'),
  'webhdfs-user': z
    .string()
    .min(1)
    .default('logward')
    .describe('HDFS user for simple authentication (`user.name`).'),
  'webhdfs-token': z
    .string()
    .optional()
    .describe(
      'Delegation token (`delegation=`), on clusters with Kerberos; prefer the environment variable.',
    ),
  'webhdfs-root': z
    .string()
    .regex(/^\/.*/, 'an absolute HDFS path')
    .default('/logward')
    .describe('HDFS directory of the lake: records go to `<root>/raw/dt=YYYY-MM-DD/service=NAME/`.'),
}

export const WEBHDFS_ENV_VARS = {
  'webhdfs-url': 'LOGWARD_WEBHDFS_URL',
  'webhdfs-user': 'LOGWARD_WEBHDFS_USER',
  'webhdfs-token': 'LOGWARD_WEBHDFS_TOKEN',
} as const

/** The settings once validated (defaults applied). */
export const webhdfsSettingsSchema = z.object(webhdfsSettings)
export type WebHdfsSettings = z.output<typeof webhdfsSettingsSchema>
