import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { readFileSync } from 'node:fs';

/**
 * The CI run records came from, stamped on every record as `ci.*` so a search or dashboard can
 * group by repository, commit, run and job. Settings (flags, inputs, config file) win over what the
 * environment says; GitHub Actions and GitLab CI are read natively, any other CI passes flags.
 */
function detectCiContext(env, config) {
    const fromEnv = env.GITHUB_ACTIONS === 'true' ? fromGitHub(env) : env.GITLAB_CI === 'true' ? fromGitLab(env) : {};
    const ctx = {
        ...fromEnv,
        ...defined({
            repository: config?.repository,
            sha: config?.sha,
            ref: config?.ref,
            run_id: config?.['run-id'],
            job: config?.job,
            pr: config?.pr,
            environment: config?.environment,
        }),
    };
    return Object.freeze(ctx);
}
function fromGitHub(env) {
    return defined({
        provider: 'github-actions',
        repository: env.GITHUB_REPOSITORY,
        sha: env.GITHUB_SHA,
        ref: env.GITHUB_REF,
        run_id: env.GITHUB_RUN_ID,
        run_attempt: env.GITHUB_RUN_ATTEMPT,
        workflow: env.GITHUB_WORKFLOW,
        job: env.GITHUB_JOB,
        pr: pullRequestNumber(env),
    });
}
function fromGitLab(env) {
    const mr = env.CI_MERGE_REQUEST_IID ? Number(env.CI_MERGE_REQUEST_IID) : undefined;
    return defined({
        provider: 'gitlab-ci',
        repository: env.CI_PROJECT_PATH,
        sha: env.CI_COMMIT_SHA,
        ref: env.CI_COMMIT_REF_NAME,
        run_id: env.CI_PIPELINE_ID,
        job: env.CI_JOB_NAME,
        pr: Number.isInteger(mr) ? mr : undefined,
        environment: env.CI_ENVIRONMENT_NAME,
    });
}
/** The PR number from the event payload (pull_request, pull_request_target), else from `refs/pull/N/merge`. */
function pullRequestNumber(env) {
    if (env.GITHUB_EVENT_PATH) {
        try {
            const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
            const n = event.pull_request?.number ?? event.number;
            if (typeof n === 'number' && Number.isInteger(n))
                return n;
        }
        catch {
            // A missing or unreadable event file is not worth failing a run over: fall back to the ref.
        }
    }
    const match = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
    return match ? Number(match[1]) : undefined;
}
function defined(values) {
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
}

export { detectCiContext as d };
