export { createOctokit, type CreateOctokitOptions, type GitHubClient } from './client.js'
export {
  publishToPullRequest,
  type PublishContext,
  type PublishOptions,
  type PublishResult,
} from './publish.js'
export { findBaseDigest, type BaseDigestOptions } from './base-digest.js'
export { publishCheckRun, type CheckRunResult } from './check-run.js'
export { compareDigests, type DigestDelta } from './delta.js'
export { decodeDigest, encodeDigest, makeDigest, testId, type RunDigest } from './digest.js'
export { GitHubError, describeFailure, toServiceError, type FailureKind } from './github-errors.js'
export { checkRunName, commentMarker } from './marker.js'
export { renderComment, COMMENT_LIMIT } from './render-comment.js'
export { testAnnotations, repoPath, ANNOTATIONS_PER_REQUEST } from './annotations.js'
