import type { RouteLatency } from './api-latency';
import type { BundleBench } from './bundles';
import type { CostModel } from './cost';
import type { EndToEndBench } from './e2e';
import type { ExtractionBench } from './extraction';

/** The README's benchmark section, from bench/results.json. */
export function renderTable(r: Record<string, unknown>): string {
  const lines: string[] = [
    `Measured ${String(r.date).slice(0, 10)} on ${(r.machine as { cpus: number }).cpus} cores (${(r.machine as { model: string }).model}), Node ${(r.machine as { node: string }).node}, with \`npm run bench\` on \`${r.data}\`. Every figure in one run; extraction sides ran one after another, interleaved, medians.`,
    '',
  ];
  const ex = r.extraction as ExtractionBench | undefined;
  if (ex) {
    lines.push(
      `**Extraction throughput** (${ex.articles} articles, ${ex.megabytes} MB, one core, ${ex.rounds} rounds)`,
      '',
    );
    lines.push(
      '| | MB/s | articles/s | whole process (s) | load (ms) | RSS (MB) |',
      '|---|---|---|---|---|---|',
    );
    const label: Record<string, string> = {
      claimtrail: 'claimtrail: parse, entities and claims',
      ner: 'claimtrail NER tagger only',
      attribution: 'claimtrail attribution only (sentences and entities ready)',
      compromise: 'compromise: people, places, organizations, quotations',
    };
    for (const [mode, s] of Object.entries(ex.sides)) {
      lines.push(
        `| ${label[mode] ?? mode} | ${s.mbPerSecond} | ${s.articlesPerSecond} | ${s.wholeProcessSeconds} | ${s.loadMs} | ${s.rssMb} |`,
      );
    }
    const attribution = ex.sides.attribution;
    lines.push(
      '',
      [
        ...Object.entries(ex.ratios).map(([k, v]) => `${k}: **${v}x**`),
        ...(attribution ? [`attribution: **${(1 / attribution.mbPerSecond).toFixed(2)} s per MB**`] : []),
      ].join('; '),
      '',
    );
  }
  const b = r.bundles as BundleBench | undefined;
  if (b) {
    lines.push(
      '**Lambda bundles** (esbuild as deployed: minified ESM, models included; cold init = fresh Node process importing the bundle and handling one event, median)',
      '',
    );
    lines.push(
      '| function | total (MB) | code (KB) | models (KB) | cold init (ms) |',
      '|---|---|---|---|---|',
    );
    for (const [name, f] of Object.entries(b.functions)) {
      lines.push(
        `| ${name} | ${f.totalMb} | ${Math.round(f.bundleBytes / 1024)} | ${Math.round(f.modelBytes / 1024)} | ${f.coldInitMs} |`,
      );
    }
    lines.push('');
  }
  const e = r.e2e as
    | (Omit<EndToEndBench, 'usage' | 'textChars'> & Partial<Pick<EndToEndBench, 'usage'>>)
    | undefined;
  if (e) {
    lines.push(
      `**Local end to end**: ${e.files} files uploaded through the local stack's S3 endpoint; ${e.indexed} indexed, ${e.failed} failed, in ${e.seconds} s: **${e.articlesPerSecond} articles/s**; upload-to-indexed latency p50 ${e.latencyMs.p50} ms, p95 ${e.latencyMs.p95} ms.`,
      '',
    );
  }
  const api = r.api as RouteLatency[] | undefined;
  if (api) {
    lines.push(
      '**API latency** against the loaded local index (autocannon, 8 connections, 5 s per route)',
      '',
    );
    lines.push('| route | p50 (ms) | p99 (ms) | req/s | errors |', '|---|---|---|---|---|');
    for (const a of api)
      lines.push(`| \`${a.route}\` | ${a.p50Ms} | ${a.p99Ms} | ${a.requestsPerSecond} | ${a.errors} |`);
    lines.push('');
  }
  const c = r.cost as CostModel | undefined;
  if (c) {
    lines.push(
      '**Cost model** (us-east-1 list prices; requests and capacity units counted by wrapping the clients during the end-to-end run)',
      '',
    );
    lines.push('| per million articles | $ |', '|---|---|');
    for (const [k, v] of Object.entries(c.perMillion)) lines.push(`| ${k} | ${v.toFixed(2)} |`);
    lines.push(
      `| **claimtrail, all in** (on-demand table, the default) | **${c.totalPerMillion.toFixed(2)}** |`,
    );
    if (c.provisioned) {
      const p = c.provisioned;
      lines.push(
        `| claimtrail, all in, table on provisioned capacity used at ${Math.round(p.utilization * 100)} % (a steady feed; DynamoDB writes ${p.perMillion['DynamoDB writes']?.toFixed(2)}, reads ${p.perMillion['DynamoDB reads']?.toFixed(2)}) | ${p.totalPerMillion.toFixed(2)} |`,
      );
    }
    lines.push(
      `| AWS Comprehend DetectEntities alone, same text | ${c.comprehendPerMillion.toFixed(2)} |`,
      '',
    );
    lines.push(
      `Per article: ${JSON.stringify(c.perArticle)}. Comprehend costs **${c.ratio}x** as much for entities alone.`,
    );
    const usage = (
      r.e2e as {
        articles: number;
        usage?: { dynamo: { writeUnitsByKind: Record<string, number>; requests?: Record<string, number> } };
      }
    )?.usage;
    if (usage && e) {
      const perArticle = (counts: Record<string, number>, digits: number) =>
        Object.entries(counts)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${k} ${(v / e.articles).toFixed(digits)}`)
          .join(', ');
      lines.push(
        '',
        `DynamoDB write units per article by item kind (table and GSIs): ${perArticle(usage.dynamo.writeUnitsByKind, 1)}.`,
      );
      if (usage.dynamo.requests)
        lines.push(
          '',
          `DynamoDB requests per article, by operation: ${perArticle(usage.dynamo.requests, 2)}.`,
        );
    }
  }
  return lines.join('\n');
}
