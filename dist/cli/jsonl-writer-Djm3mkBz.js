import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
/**
 * Writes one JSON object per line to a stream (stdout for `--output jsonl`), waiting for `drain` when
 * the reader is slower than we are, so memory stays bounded however much is piped.
 */
class JsonlWriter {
    stream;
    flushAt;
    pending = '';
    constructor(stream, flushAt = 64 * 1024) {
        this.stream = stream;
        this.flushAt = flushAt;
    }
    async write(value) {
        this.pending += JSON.stringify(value) + '\n';
        if (this.pending.length >= this.flushAt)
            await this.flush();
    }
    async flush() {
        if (this.pending.length === 0)
            return;
        const chunk = this.pending;
        this.pending = '';
        if (!this.stream.write(chunk))
            await waitForDrain(this.stream);
    }
}
function waitForDrain(stream) {
    return new Promise((resolve, reject) => {
        const onDrain = () => {
            stream.off('error', onError);
            resolve();
        };
        const onError = (err) => {
            stream.off('drain', onDrain);
            reject(err);
        };
        stream.once('drain', onDrain);
        stream.once('error', onError);
    });
}

export { JsonlWriter as J };
