"""Drain3 side of bench/mining.bench.ts: mine the same messages with Drain3's default settings.

Reads one JSON object from stdin: {"passes": N, "systems": [{"name": str, "lines": [str, ...]}, ...]}.
Writes one JSON object to stdout:
  {"drain3": version, "systems": [{"name", "clusterIds", "bestSeconds", "medianSeconds"}]}.
clusterIds is the cluster each line ended in (for grouping accuracy, computed by the TypeScript side with
the same function as logward's); the seconds are the fastest and the median CPU time of N passes, each with a
fresh miner, as the TypeScript side times logward.
"""

import json
import statistics
import sys
import time
from importlib.metadata import version

from drain3 import TemplateMiner
from drain3.template_miner_config import TemplateMinerConfig


def fresh_miner():
    # TemplateMinerConfig() is Drain3's defaults (sim_th 0.4, depth 4, max_children 100, no masking);
    # passing it explicitly keeps a stray drain3.ini in the working directory out of the comparison.
    return TemplateMiner(config=TemplateMinerConfig())


def main():
    request = json.load(sys.stdin)
    passes = max(1, int(request.get("passes", 3)))
    out = []
    for system in request["systems"]:
        lines = system["lines"]
        miner = fresh_miner()
        cluster_ids = [miner.add_log_message(line)["cluster_id"] for line in lines]
        times = []
        for _ in range(passes):
            miner = fresh_miner()
            add = miner.add_log_message
            # CPU time of this thread, as the TypeScript side measures logward: the machine is shared.
            start = time.thread_time()
            for line in lines:
                add(line)
            times.append(time.thread_time() - start)
        out.append(
            {
                "name": system["name"],
                "clusterIds": cluster_ids,
                "bestSeconds": min(times),
                "medianSeconds": statistics.median(times),
            }
        )
    json.dump({"drain3": version("drain3"), "systems": out}, sys.stdout)


if __name__ == "__main__":
    main()
