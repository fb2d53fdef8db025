import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { Buffer } from 'node:buffer';
import { C as ConfigError } from './index.js';

/**
 * Secret redaction: runs on every record before anything is stored, printed or shipped, so a token a build
 * echoed never reaches Elasticsearch, Kafka, a Slack message or a PR comment.
 *
 * Three layers, in this order: the literal secrets the caller knows (every secret the action registered, and
 * their base64, URL- and JSON-encoded forms), the user's patterns, then the built-in detectors. Known values
 * go first so a built-in match can never eat half of one and leave the other half unrecognisable.
 *
 * A match is replaced by a fixed marker, `[REDACTED:<kind>]`, never by a partial secret (no "ghp_…1234"
 * hints: a prefix plus a suffix is enough to confirm a guess). The kind says which rule fired, for tuning.
 *
 * Speed (this runs on every record): the built-ins are one combined regex, run only on lines that pass a
 * prefilter (`mayHoldSecret`: a regex anchored on rare characters plus a scan of `key=`/`key:` separators);
 * literal secrets are looked up through a trigram table before their regex runs. Measured on one core over
 * 1M lines of Loghub-2k and CI job-log samples: about 2M lines/s (0.5 µs a line, ~220 MiB/s).
 */
/** Secrets shorter than this are ignored, as GitHub does: masking `a` or `42` would mask everything. */
const MIN_SECRET_LENGTH = 4;
/** The marker that replaces a secret found by rule `kind`. */
function redactedMarker(kind) {
    return `[REDACTED:${kind}]`;
}
const MARKER_PREFIX = '[REDACTED';
// --- Keys that name a secret -------------------------------------------------------------------------------
const SECRET_WORDS = new Set([
    'password',
    'passwd',
    'passphrase',
    'passcode',
    'pwd',
    'secret',
    'token',
    'auth',
    'authorization',
    'credential',
    'credentials',
    'cookie',
    'session',
    'sessionid',
    'signature',
    'sig',
    'apikey',
    'privatekey',
    'accesskey',
    'secretkey',
    'accountkey',
    'accesstoken',
    'refreshtoken',
    'authtoken',
    'idtoken',
    'clientsecret',
]);
// `api_key`, `AccessKey`, `PRIVATE-KEY`: a qualifier word before `key`.
const KEY_QUALIFIERS = new Set(['api', 'access', 'private', 'account', 'signing', 'encryption', 'master']);
// Compounds written as one lower-case word: `dbpassword`, `xapikey`, `npmauthtoken`.
const SECRET_PARTS = [
    'password',
    'passwd',
    'passphrase',
    'secret',
    'apikey',
    'accesskey',
    'privatekey',
    'accesstoken',
    'authtoken',
    'refreshtoken',
    'sessionid',
    'credential',
];
// `token_count`, `password_file`, `auth_method`, `session_timeout`: about a secret, not one.
const BENIGN_LAST = new Set([
    'count',
    'counts',
    'length',
    'len',
    'size',
    'type',
    'types',
    'kind',
    'method',
    'methods',
    'mode',
    'name',
    'names',
    'file',
    'filename',
    'path',
    'dir',
    'url',
    'uri',
    'endpoint',
    'host',
    'expiry',
    'expires',
    'expiration',
    'expire',
    'expired',
    'ttl',
    'timeout',
    'age',
    'enabled',
    'disabled',
    'required',
    'provider',
    'header',
    'version',
    'scope',
    'scopes',
    'policy',
    'prefix',
    'hint',
    'format',
    'min',
    'max',
    'limit',
    'used',
    'usage',
    'total',
    'present',
    'valid',
    'changed',
    'reset',
    'rotation',
    'algorithm',
    'alg',
    'field',
    'env',
    'source',
    'status',
    'state',
    'store',
    'strategy',
    'level',
    'issuer',
    'audience',
    'lifetime',
    'duration',
    'id',
    'ids',
]);
const BENIGN_FIRST = new Set([
    'max',
    'min',
    'num',
    'total',
    'input',
    'output',
    'prompt',
    'completion',
    'is',
    'has',
    'use',
    'no',
    'skip',
    'require',
    'allow',
    'enable',
    'disable',
]);
const CAMEL = /([a-z0-9])([A-Z])/g;
const ACRONYM = /([A-Z]+)([A-Z][a-z])/g;
const NON_WORD = /[^a-z0-9]+/;
/** `X-Api-Key` → x, api, key; `dbPassword` → db, password; `AWSSecretKey` → aws, secret, key. */
function keyWords(key) {
    return key
        .replace(CAMEL, '$1 $2')
        .replace(ACRONYM, '$1 $2')
        .toLowerCase()
        .split(NON_WORD)
        .filter((w) => w !== '');
}
/** Does this key name a secret value? `password`, `DB_PASSWORD`, `apiKey`, `X-Auth-Token`, `session_id`. */
function isSecretKey(key) {
    const words = keyWords(key);
    if (words.length === 0)
        return false;
    const last = words[words.length - 1];
    if (BENIGN_FIRST.has(words[0]) && words.length > 1)
        return false;
    // A session id is the session; a token id or access key id only names one.
    if (BENIGN_LAST.has(last) && !(last === 'id' && words.includes('session')))
        return false;
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (SECRET_WORDS.has(w))
            return true;
        if (w === 'key' && i > 0 && KEY_QUALIFIERS.has(words[i - 1]))
            return true;
        if (w.length > 6 && SECRET_PARTS.some((p) => w.includes(p)))
            return true;
    }
    return false;
}
/** The kind named in the marker of a key/value secret. */
function fieldKind(key) {
    const k = key.toLowerCase();
    if (k.includes('aws') && k.includes('secret'))
        return 'aws-secret-key';
    if (k.includes('pass') || k.includes('pwd'))
        return 'password';
    if (k.includes('token'))
        return 'token';
    return 'secret';
}
/** Values that hide nothing: empty, already masked (`***`, our marker), punctuation, or a JSON/YAML literal. */
function isMasked(value) {
    if (value === '' || value.startsWith(MARKER_PREFIX))
        return true;
    if (/^\*+$/.test(value))
        return true;
    // Every secret has a letter or a digit: `<<<`, `-`, `|` are syntax around one, not one.
    if (!/[A-Za-z0-9]/.test(value))
        return true;
    const v = value.toLowerCase();
    return v === 'null' || v === 'true' || v === 'false' || v === 'none' || v === 'nil' || v === 'undefined';
}
// --- Built-in detectors ------------------------------------------------------------------------------------
/** `ci('key')` → `[kK][eE][yY]`: case-insensitive pieces inside one case-sensitive regex. */
function ci(word) {
    return word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}
// The start of a key that may name a secret. The callback reads the whole key and asks `isSecretKey`.
const KEY_WORD = `(?:${[
    'passw(?:or)?d',
    'passphrase',
    'passcode',
    'pwd',
    'secret',
    'token',
    'api[_-]?key',
    'access[_-]?key',
    'private[_-]?key',
    'account[_-]?key',
    'auth',
    'credential',
    'session',
    'cookie',
    'sig',
]
    .map(ci)
    .join('|')})`;
const QUOTED = `"(?:[^"\\\\\\n]|\\\\.)*"|'[^'\\n]*'|\\\\"[^"\\n]*?\\\\"`;
const SINGLE_SCHEMES = `(?:${['bearer', 'basic', 'token', 'apikey', 'key', 'negotiate', 'ntlm', 'sso-key'].map(ci).join('|')})`;
const MULTI_SCHEMES = `(?:${['digest', 'aws4-hmac-sha256', 'oauth', 'hmac', 'sharedkey'].map(ci).join('|')})`;
// Order matters where two alternatives can start at the same position: the first wins.
const BUILTIN_SOURCE = [
    // PEM private keys, to the END line, or to the end of the frame when the END line is not in it.
    `(?<pem>-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\\s\\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$))`,
    // Authorization headers: keep the header name and the scheme.
    `(?<auth>(?:${ci('proxy-')})?${ci('authorization')}\\\\?["']?[ \\t]*[:=][ \\t]*\\\\?["']?)` +
        `(?:(?<authMulti>${MULTI_SCHEMES}[ \\t]+)(?<authRest>[^\\n]+)|(?<authScheme>${SINGLE_SCHEMES}[ \\t]+)?(?<authValue>[^\\s"'\\\\,;]+))`,
    // Cookie headers hold several `name=value` pairs: the whole value goes.
    `(?<cookie>(?:${ci('set-')})?${ci('cookie')}[ \\t]*:[ \\t]*)(?<cookieValue>[^"'\\n]+)`,
    // `--password value` on a command line (`--password=value` is a key/value pair below).
    `(?<flag>--[\\w-]*${KEY_WORD}[\\w-]*[ \\t]+)(?<flagValue>"[^"\\n]*"|'[^'\\n]*'|[^\\s"'-][^\\s"']*)`,
    // key=value, key: value, "key": "value", key => value. A value that opens an object or a list is not
    // taken whole (it would run on to the end of a compact JSON line): the keys inside it are judged instead.
    `(?<key>${KEY_WORD}[\\w.-]*)(?<sep>\\\\?["']?[ \\t]*(?:=>|[:=])[ \\t]*)(?<value>${QUOTED}|[^\\s{[]\\S*)`,
    // scheme://user:password@host: keep the user and the host.
    `(?<url>://[^\\s:/?#@"'<>]*:)(?<urlPass>[^\\s/?#"'<>]*)@`,
    `(?<slackHook>://(?:hooks\\.slack\\.com/(?:services|workflows|triggers)|discord(?:app)?\\.com/api/webhooks)/)(?<hookPath>[\\w/-]+)`,
    `(?<github>\\b(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{30,255})\\b)`,
    `(?<awsKeyId>\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b)`,
    `(?<jwt>\\beyJ[\\w-]{10,}\\.[\\w-]{4,}(?:\\.[\\w-]*){1,3})`,
    `(?<slack>\\bxox[abeoprs]-[A-Za-z0-9-]{10,})`,
    `(?<google>\\bAIza[\\w-]{35}(?![\\w-]))`,
    `(?<stripe>\\b(?:[sr]k_(?:live|test)_[0-9A-Za-z]{16,}|whsec_[A-Za-z0-9+/=]{24,})\\b)`,
    `(?<npm>\\bnpm_[A-Za-z0-9]{36}\\b)`,
    `(?<gitlab>\\bglpat-[\\w-]{20,})`,
    `(?<pypi>\\bpypi-AgE[\\w-]{50,})`,
    `(?<docker>\\bdckr_pat_[\\w-]{20,})`,
    `(?<aiKey>\\bsk-(?:proj-|ant-[a-z]+\\d\\d-)?[\\w-]{32,})`,
    `(?<sendgrid>\\bSG\\.[\\w-]{22}\\.[\\w-]{43}\\b)`,
    `(?<huggingface>\\bhf_[A-Za-z0-9]{34,}\\b)`,
    `(?<bearer>\\b[Bb]earer[ \\t]+)(?<bearerValue>[\\w.~+/-]{16,}=*)`,
].join('|');
const TOKEN_KINDS = [
    ['pem', 'private-key'],
    ['github', 'github-token'],
    ['awsKeyId', 'aws-access-key-id'],
    ['jwt', 'jwt'],
    ['slack', 'slack-token'],
    ['google', 'google-api-key'],
    ['stripe', 'stripe-key'],
    ['npm', 'npm-token'],
    ['gitlab', 'gitlab-token'],
    ['pypi', 'pypi-token'],
    ['docker', 'docker-token'],
    ['aiKey', 'api-key'],
    ['sendgrid', 'sendgrid-key'],
    ['huggingface', 'huggingface-token'],
];
/** Applies the built-in detectors; `counter.n` is incremented per secret. */
function redactBuiltins(text, builtin, counter) {
    // An exec loop, not `replace` with a callback: with this many groups V8 takes a slow path for the latter
    // (about 3 µs per match against 0.4 µs).
    let out = '';
    let last = 0;
    builtin.lastIndex = 0;
    let m;
    while ((m = builtin.exec(text)) !== null) {
        const next = builtin.lastIndex;
        if (m[0] === '') {
            builtin.lastIndex++;
            continue;
        }
        out += text.slice(last, m.index) + replaceMatch(text, m, builtin, counter);
        last = m.index + m[0].length;
        // replaceMatch may recurse with the same regex.
        builtin.lastIndex = next;
    }
    return last === 0 ? text : out + text.slice(last);
}
function replaceMatch(text, m, builtin, counter) {
    const match = m[0];
    const offset = m.index;
    const g = m.groups;
    const mark = (kind) => {
        counter.n++;
        return redactedMarker(kind);
    };
    // What the match keeps (a key, a user name, trailing text) may itself hold a secret.
    const rest = (s) => (mayHoldSecret(s) ? redactBuiltins(s, builtin, counter) : s);
    if (g.auth !== undefined) {
        if (g.authMulti !== undefined) {
            // `Digest username="x", response="..."`: parameters with quotes and commas, so the value runs to the
            // end of the line, or to the quote that closes it when the header value itself is quoted.
            const restOfLine = g.authRest ?? '';
            const quote = g.auth.endsWith('"') ? '"' : g.auth.endsWith("'") ? "'" : '';
            let end = restOfLine.length;
            if (quote) {
                const close = restOfLine.search(quote === '"' ? /(?<!\\)"/ : /(?<!\\)'/);
                if (close >= 0)
                    end = close;
            }
            const value = restOfLine.slice(0, end).trimEnd();
            if (isMasked(value))
                return g.auth + g.authMulti + rest(restOfLine);
            return g.auth + g.authMulti + mark('authorization') + rest(restOfLine.slice(value.length));
        }
        const value = g.authValue ?? '';
        return isMasked(value) ? match : g.auth + (g.authScheme ?? '') + mark('authorization');
    }
    if (g.cookie !== undefined) {
        const value = (g.cookieValue ?? '').trimEnd();
        return isMasked(value) ? match : g.cookie + mark('cookie') + (g.cookieValue ?? '').slice(value.length);
    }
    if (g.flag !== undefined) {
        const flagKey = g.flag.trim().replace(/^-+/, '');
        const value = g.flagValue ?? '';
        if (!isSecretKey(flagKey))
            return g.flag + rest(value);
        return replaceValue(g.flag, value, fieldKind(flagKey), mark);
    }
    if (g.key !== undefined) {
        // The match starts at the secret word: read the key's beginning (`DB_` in `DB_PASSWORD`) before it.
        let start = offset;
        while (start > 0 && /[\w.-]/.test(text[start - 1]))
            start--;
        const key = text.slice(start, offset) + g.key;
        let value = g.value ?? '';
        // A bare value runs to the next space: `&` and `;` are legal in a password. Only where the key says the
        // text is a query string (`?key=` or `&key=`) or a connection string (`;key=`) do they end the value.
        let after = '';
        const before = text.charCodeAt(start - 1);
        const q = value.charCodeAt(0);
        if ((before === 63 || before === 38 || before === 59) && q !== 34 && q !== 39) {
            const end = value.search(before === 59 ? /;/ : /&/);
            if (end >= 0) {
                after = value.slice(end);
                value = value.slice(0, end);
            }
        }
        if (!isSecretKey(key) || isPathForPwd(key, value))
            return g.key + g.sep + rest(value + after);
        return g.key + g.sep + replaceValue('', value, fieldKind(key), mark) + rest(after);
    }
    if (g.url !== undefined) {
        const pass = g.urlPass ?? '';
        return isMasked(pass) ? match : g.url + mark('url-password') + '@';
    }
    if (g.slackHook !== undefined)
        return g.slackHook + mark('webhook');
    if (g.bearer !== undefined)
        return isMasked(g.bearerValue ?? '') ? match : g.bearer + mark('bearer-token');
    for (const [group, kind] of TOKEN_KINDS)
        if (g[group] !== undefined)
            return mark(kind);
    return match;
}
/** `PWD=/home/runner/work/app` is the shell's working directory, not a password. */
function isPathForPwd(key, value) {
    return /^pwd$/i.test(key) && /^["']?(?:[/~]|[A-Za-z]:\\)/.test(value);
}
/** Replaces a value, keeping its quotes and any trailing punctuation that closes a map or list. */
function replaceValue(prefix, value, kind, mark) {
    const q = value.charAt(0);
    if (q === '"' || q === "'") {
        const inner = value.slice(1, -1);
        return isMasked(inner) ? prefix + value : prefix + q + mark(kind) + q;
    }
    if (value.startsWith('\\"')) {
        const inner = value.slice(2, -2);
        return isMasked(inner) ? prefix + value : prefix + '\\"' + mark(kind) + '\\"';
    }
    const closing = /[,)}\]"']+$/.exec(value)?.[0] ?? '';
    const bare = value.slice(0, value.length - closing.length);
    if (bare === '' || isMasked(bare))
        return prefix + value;
    return prefix + mark(kind) + closing;
}
// --- Prefilter ---------------------------------------------------------------------------------------------
// The detector regex has ~20 alternatives, most starting with common letters, so V8 tries them at every
// position (about 1M lines/s), and each match allocates its many groups. Two cheaper checks let through
// every line a detector can match, and almost only those: a regex anchored on rare characters (`_`, `-`,
// `.`, `J`, `A`, `B`, `://`) with lookbehinds for what precedes them, and a scan of the `:` and `=`
// separators whose key names a secret. Each detector has its trigger in one of them.
const KEY_HINT = /pass|pwd|secret|token|key|auth|credential|session|cookie|sig/i;
const TOKEN_TRIGGER = new RegExp([
    `--[\\w-]*(?:${['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'credential', 'session', 'cookie', 'sig'].map(ci).join('|')})`,
    `(?<=gh[pousr]|github_pat|npm|hf|whsec|[sr]k_live|[sr]k_test|dckr_pat)_`,
    `(?<=glpat|pypi|sk|xox[abeoprs])-`,
    `-----BEGIN `,
    `(?<=SG)\\.`,
    `(?<=ey)J`,
    `A(?:KIA|SIA|Iza)`,
    `[Bb]earer`,
    `://(?:[^\\s@]*@|hooks\\.slack\\.com/|discord(?:app)?\\.com/api/webhooks/)`,
].join('|'));
function isKeyChar(c) {
    return ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46);
}
/** Does the key before the separator at `sep` (`DB_PASSWORD=`, `"token": `, `\"pwd\":`) name a secret? */
function secretKeyBefore(text, sep) {
    let j = sep - 1;
    let c = text.charCodeAt(j);
    while (c === 32 || c === 9)
        c = text.charCodeAt(--j);
    if (c === 34 || c === 39)
        c = text.charCodeAt(--j);
    if (c === 92)
        c = text.charCodeAt(--j);
    let k = j;
    while (k >= 0 && isKeyChar(text.charCodeAt(k)))
        k--;
    if (j - k < 3)
        return false;
    const key = text.slice(k + 1, j + 1);
    return KEY_HINT.test(key) && isSecretKey(key);
}
function hasSecretKey(text) {
    for (let p = text.indexOf('='); p !== -1; p = text.indexOf('=', p + 1))
        if (secretKeyBefore(text, p))
            return true;
    for (let p = text.indexOf(':'); p !== -1; p = text.indexOf(':', p + 1))
        if (secretKeyBefore(text, p))
            return true;
    return false;
}
/** False when no built-in detector can match `text`. */
function mayHoldSecret(text) {
    return TOKEN_TRIGGER.test(text) || hasSecretKey(text);
}
// --- Literal secrets -----------------------------------------------------------------------------------------
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
/**
 * The forms a secret takes in a log besides itself: URL- and JSON-escaped, and base64 (standard and URL-safe)
 * at each of the three byte alignments it can have inside a longer base64 string (only the characters that
 * depend on the secret alone, like GitHub's runner does). Multi-line secrets also match line by line, since a
 * frame may hold only some of their lines.
 */
function secretForms(secret) {
    const forms = new Set([secret]);
    const add = (s, min = MIN_SECRET_LENGTH) => {
        if (s.length >= min)
            forms.add(s);
    };
    add(encodeURIComponent(secret));
    add(JSON.stringify(secret).slice(1, -1));
    const bytes = Buffer.from(secret, 'utf8');
    // The whole value encoded on its own (with its padding), so no trailing character is left behind.
    add(bytes.toString('base64'), 8);
    add(bytes.toString('base64url'), 8);
    for (let shift = 0; shift < 3; shift++) {
        const b64 = Buffer.concat([Buffer.alloc(shift), bytes])
            .toString('base64')
            .replace(/=+$/, '');
        const total = shift + bytes.length;
        // Drop characters that mix in the unknown bytes before (the shift) or after (a partial last group).
        const head = shift === 0 ? 0 : shift + 1;
        const tail = total % 3 === 0 ? 0 : 1;
        const core = b64.slice(head, b64.length - tail);
        // Short base64 fragments would match unrelated base64 text.
        add(core, 8);
        add(core.replace(/\+/g, '-').replace(/\//g, '_'), 8);
    }
    if (secret.includes('\n')) {
        for (const line of secret.split(/\r?\n/))
            add(line.trim());
    }
    return [...forms];
}
/**
 * Finds literal secrets. A regex of hundreds of alternatives (10 forms per secret) costs ~1 µs a line, so
 * a table of the forms' trigrams comes first: every form is at least `min` characters long, so any
 * occurrence covers a trigram starting at a multiple of `min - 2`, and only those positions are looked up.
 * A hit is confirmed with `startsWith`; the regex runs only on lines that hold a secret.
 */
class LiteralMatcher {
    trigrams = new Map();
    present = new Uint8Array(65536);
    step;
    regex;
    constructor(forms) {
        // Longest first, so a secret that contains another is replaced whole.
        const sorted = [...forms].sort((a, b) => b.length - a.length);
        this.step = Math.max(1, sorted[sorted.length - 1].length - 2);
        for (const form of sorted) {
            for (let o = 0; o + 2 < form.length; o++) {
                const h = trigram(form, o);
                this.present[h] = 1;
                const list = this.trigrams.get(h);
                if (list)
                    list.push([form, o]);
                else
                    this.trigrams.set(h, [[form, o]]);
            }
        }
        this.regex = new RegExp(sorted.map(escapeRegExp).join('|'), 'g');
    }
    mayMatch(text) {
        for (let i = 0; i + 2 < text.length; i += this.step) {
            const h = trigram(text, i);
            if (this.present[h] === 0)
                continue;
            for (const [form, offset] of this.trigrams.get(h)) {
                if (offset <= i && text.startsWith(form, i - offset))
                    return true;
            }
        }
        return false;
    }
}
function trigram(s, i) {
    return (((s.charCodeAt(i) * 31 + s.charCodeAt(i + 1)) * 31) ^ s.charCodeAt(i + 2)) & 0xffff;
}
function literalMatcher(secrets) {
    const forms = new Set();
    for (const s of secrets) {
        if (typeof s !== 'string' || s.length < MIN_SECRET_LENGTH)
            continue;
        for (const f of secretForms(s))
            forms.add(f);
    }
    return forms.size === 0 ? undefined : new LiteralMatcher([...forms]);
}
// --- User patterns -------------------------------------------------------------------------------------------
function compilePatterns(patterns) {
    return patterns.map((pattern, i) => {
        if (typeof pattern !== 'string' || pattern === '') {
            throw new ConfigError(`redaction pattern #${i + 1} is empty or not a string`);
        }
        let re;
        try {
            re = new RegExp(pattern, 'gd');
        }
        catch (err) {
            // V8's message quotes the pattern, and a pattern may embed a secret: keep only the reason.
            const message = err instanceof Error ? err.message : '';
            const reason = message.slice(message.lastIndexOf(': ') + 2) || 'invalid syntax';
            throw new ConfigError(`redaction pattern #${i + 1} is not a valid regular expression: ${reason}`, {
                hint: 'patterns use JavaScript regular expression syntax, without slashes or flags',
            });
        }
        if (re.test('')) {
            throw new ConfigError(`redaction pattern #${i + 1} matches the empty string`, {
                hint: 'it would match everywhere; anchor it to the text around the secret',
            });
        }
        return re;
    });
}
/** Replaces each match, or only its capture groups when it has some. */
function applyPattern(text, re, counter) {
    re.lastIndex = 0;
    let out = '';
    let last = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
        if (m[0] === '') {
            re.lastIndex++;
            continue;
        }
        const spans = [];
        const indices = m.indices;
        if (indices) {
            for (let g = 1; g < indices.length; g++) {
                const span = indices[g];
                if (!span || span[0] === span[1])
                    continue;
                const prev = spans.at(-1);
                if (prev && span[0] < prev[1])
                    continue; // nested in (or overlapping) the previous group
                spans.push([span[0], span[1]]);
            }
        }
        if (spans.length === 0)
            spans.push([m.index, m.index + m[0].length]);
        for (const [s, e] of spans) {
            if (s < last)
                continue;
            out += text.slice(last, s) + redactedMarker('custom');
            counter.n++;
            last = e;
        }
    }
    return last === 0 && out === '' ? text : out + text.slice(last);
}
// --- The redactor ---------------------------------------------------------------------------------------------
function createRedactor(options = {}) {
    const userPatterns = compilePatterns(options.patterns ?? []);
    const literals = literalMatcher(options.secrets ?? []);
    const builtin = new RegExp(BUILTIN_SOURCE, 'g');
    const redact = (text) => {
        const counter = { n: 0 };
        let out = text;
        if (literals?.mayMatch(out)) {
            out = out.replace(literals.regex, () => {
                counter.n++;
                return redactedMarker('secret');
            });
        }
        for (const re of userPatterns)
            out = applyPattern(out, re, counter);
        if (mayHoldSecret(out))
            out = redactBuiltins(out, builtin, counter);
        return counter.n === 0 ? { text, count: 0 } : { text: out, count: counter.n };
    };
    return {
        redact,
        redactValue(key, value) {
            if (isSecretKey(key) && !isMasked(value.trim()) && !isPathForPwd(key, value)) {
                return redactedMarker(fieldKind(key));
            }
            return redact(value).text;
        },
    };
}

export { createRedactor as c };
