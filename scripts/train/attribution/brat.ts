import type { Attribution, Fragments } from '../../../functions/domain/extract/types';

/**
 * Brat standoff for PolNeAR-style attributions. Offsets in .ann files count
 * code points (brat is Python); in memory they are UTF-16 indices into the
 * JS string. The two only differ when the text has astral characters.
 */

export interface BratSpan {
  id: string;
  type: string;
  fragments: Fragments;
  text: string;
}

export interface BratEvent {
  id: string;
  args: Record<string, string>;
}

export interface BratDoc {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
}

/** UTF-16 index of each code point index, plus one past the end. */
function codePointToUtf16(text: string): number[] {
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    map.push(i);
    i += ch.length;
  }
  map.push(i);
  return map;
}

function utf16ToCodePoint(text: string): Map<number, number> {
  const map = new Map<number, number>();
  let cp = 0;
  let i = 0;
  for (const ch of text) {
    map.set(i, cp);
    i += ch.length;
    cp++;
  }
  map.set(i, cp);
  return map;
}

const RECORD_START = /^[TERAN#*]\d*\t/;

/** Brat writes a span's text verbatim, so a span across a line break spills onto the next lines. */
function records(source: string): string[] {
  const out: string[] = [];
  for (const line of source.split('\n')) {
    if (RECORD_START.test(line) || out.length === 0) out.push(line);
    else out[out.length - 1] += `\n${line}`;
  }
  return out.filter((r) => r.trim() !== '');
}

function parseFragments(spec: string): Fragments {
  return spec.split(';').map((part) => {
    const [start, end] = part.trim().split(/\s+/).map(Number);
    if (start === undefined || end === undefined || !(end >= start))
      throw new Error(`bad fragment "${part}"`);
    return { start, end };
  });
}

function fragmentText(text: string, fragments: Fragments): string {
  return fragments.map((f) => text.slice(f.start, f.end)).join(' ');
}

/**
 * Parses an .ann file against its text. Offsets are read as code points, unless
 * the text has astral characters and only the UTF-16 reading reproduces the
 * span texts the file records.
 */
export function readBrat(ann: string, text: string): BratDoc {
  const raw: BratSpan[] = [];
  const events: BratEvent[] = [];
  for (const record of records(ann)) {
    const [id = '', spec = '', ...rest] = record.split('\t');
    if (id.startsWith('T')) {
      const cut = spec.indexOf(' ');
      raw.push({
        id,
        type: spec.slice(0, cut),
        fragments: parseFragments(spec.slice(cut + 1)),
        text: rest.join('\t'),
      });
    } else if (id.startsWith('E')) {
      const args: Record<string, string> = {};
      for (const pair of spec.trim().split(/\s+/)) {
        const [role, ref] = pair.split(':');
        if (role && ref) args[role] = ref;
      }
      events.push({ id, args });
    }
  }
  const spans = new Map<string, BratSpan>();
  const astral = [...text].length !== text.length;
  const map = astral ? codePointToUtf16(text) : null;
  const asCodePoints = (f: Fragments): Fragments =>
    map ? f.map((x) => ({ start: map[x.start] ?? text.length, end: map[x.end] ?? text.length })) : f;
  const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
  const utf16Fits = raw.every((s) => same(fragmentText(text, s.fragments), s.text));
  const cpFits = raw.every((s) => same(fragmentText(text, asCodePoints(s.fragments)), s.text));
  const convert = astral && !(utf16Fits && !cpFits);
  for (const s of raw) spans.set(s.id, convert ? { ...s, fragments: asCodePoints(s.fragments) } : s);
  return { spans, events };
}

/** Attributions tied by E lines (Source optional); E lines without cue or content are skipped. */
export function attributionsOf(doc: BratDoc): Attribution[] {
  const out: Attribution[] = [];
  for (const e of doc.events) {
    const cue = e.args.Cue ? doc.spans.get(e.args.Cue) : undefined;
    const content = e.args.Content ? doc.spans.get(e.args.Content) : undefined;
    if (!cue || !content) continue;
    const source = e.args.Source ? doc.spans.get(e.args.Source) : undefined;
    out.push({ source: source?.fragments ?? null, cue: cue.fragments, content: content.fragments });
  }
  return out;
}

/** Spans of one type (Source, Cue, Content), whether or not an E line uses them. */
export function spansOfType(doc: BratDoc, type: string): Fragments[] {
  return [...doc.spans.values()].filter((s) => s.type === type).map((s) => s.fragments);
}

const key = (f: Fragments) => f.map((x) => `${x.start} ${x.end}`).join(';');

/**
 * Writes attributions as brat: one T line per distinct span and role (a shared
 * source is written once), an Attribution trigger on the cue as the gold files
 * have, and one E line per attribution.
 */
export function writeBrat(text: string, attributions: Attribution[]): string {
  const toCp = utf16ToCodePoint(text);
  const lines: string[] = [];
  const ids = new Map<string, string>();
  let t = 0;
  const span = (type: string, fragments: Fragments): string => {
    const k = `${type}|${key(fragments)}`;
    const known = ids.get(k);
    if (known) return known;
    const id = `T${++t}`;
    const offsets = fragments
      .map((f) => `${toCp.get(f.start) ?? f.start} ${toCp.get(f.end) ?? f.end}`)
      .join(';');
    // brat keeps the span text on one line per fragment joined by a space; a newline inside would break the record
    const body = fragmentText(text, fragments).replace(/\s/g, ' ');
    lines.push(`${id}\t${type} ${offsets}\t${body}`);
    ids.set(k, id);
    return id;
  };
  attributions.forEach((a, i) => {
    const source = a.source ? span('Source', a.source) : null;
    const cue = span('Cue', a.cue);
    const content = span('Content', a.content);
    const trigger = span(source ? 'Attribution' : 'Attribution-no-source', a.cue);
    const args = [
      `${source ? 'Attribution' : 'Attribution-no-source'}:${trigger}`,
      `Content:${content}`,
      `Cue:${cue}`,
    ];
    if (source) args.push(`Source:${source}`);
    lines.push(`E${i + 1}\t${args.join(' ')}`);
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
}
