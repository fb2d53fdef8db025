import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectCiContext } from '../../src/transforms/ci-context.js'

describe('detectCiContext', () => {
  const github = {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: 'abc123',
    GITHUB_REF: 'refs/pull/17/merge',
    GITHUB_RUN_ID: '99',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_JOB: 'test',
  }

  it('reads the GitHub Actions environment, PR number from the ref', () => {
    expect(detectCiContext(github)).toEqual({
      provider: 'github-actions',
      repository: 'acme/shop',
      sha: 'abc123',
      ref: 'refs/pull/17/merge',
      run_id: '99',
      run_attempt: '2',
      workflow: 'ci',
      job: 'test',
      pr: 17,
    })
  })

  it('prefers the PR number in the event payload', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logward-event-'))
    const path = join(dir, 'event.json')
    writeFileSync(path, JSON.stringify({ pull_request: { number: 123 } }))
    expect(detectCiContext({ ...github, GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_PATH: path }).pr).toBe(
      123,
    )
  })

  it('lets settings override the environment', () => {
    const ctx = detectCiContext(github, { job: 'deploy', environment: 'staging', pr: 5 })
    expect(ctx.job).toBe('deploy')
    expect(ctx.environment).toBe('staging')
    expect(ctx.pr).toBe(5)
  })

  it('reads GitLab CI', () => {
    const ctx = detectCiContext({
      GITLAB_CI: 'true',
      CI_PROJECT_PATH: 'g/p',
      CI_COMMIT_SHA: 'def',
      CI_MERGE_REQUEST_IID: '8',
      CI_ENVIRONMENT_NAME: 'prod',
    })
    expect(ctx).toMatchObject({
      provider: 'gitlab-ci',
      repository: 'g/p',
      sha: 'def',
      pr: 8,
      environment: 'prod',
    })
  })

  it('is empty outside CI', () => {
    expect(detectCiContext({})).toEqual({})
  })
})
