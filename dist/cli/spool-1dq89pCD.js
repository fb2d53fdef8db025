import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { mkdtempSync, createWriteStream, createReadStream, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Records kept on disk between two passes over a run: the template miner needs every message before a
 * record's final template is known, and a 1 GB run must not be held in memory. NDJSON in a private
 * temporary directory, removed by `dispose()`; records in it are already redacted.
 */
class RecordSpool {
    dir = mkdtempSync(join(tmpdir(), 'logward-spool-'));
    path = join(this.dir, 'records.ndjson');
    out = createWriteStream(this.path);
    closed = false;
    count = 0;
    async append(batch) {
        if (batch.length === 0)
            return;
        let chunk = '';
        for (const r of batch)
            chunk += JSON.stringify(r) + '\n';
        this.count += batch.length;
        if (!this.out.write(chunk))
            await new Promise((resolve) => this.out.once('drain', resolve));
    }
    async finish() {
        if (this.closed)
            return;
        this.closed = true;
        await new Promise((resolve, reject) => this.out.end((err) => (err ? reject(err) : resolve())));
    }
    /** The records in the order they were appended, in batches. */
    async *read(batchSize = 1000) {
        await this.finish();
        const lines = createInterface({ input: createReadStream(this.path), crlfDelay: Infinity });
        let batch = [];
        for await (const line of lines) {
            if (line.length === 0)
                continue;
            batch.push(JSON.parse(line));
            if (batch.length >= batchSize) {
                yield batch;
                batch = [];
            }
        }
        if (batch.length > 0)
            yield batch;
    }
    dispose() {
        if (!this.closed)
            this.out.destroy();
        rmSync(this.dir, { recursive: true, force: true });
    }
}

export { RecordSpool as R };
