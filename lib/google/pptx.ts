/**
 * Speaker notes and titles from a PPTX file (PowerPoint's own, or a Google Slides export), so the
 * notes a presenter will read aloud can be checked like any other text.
 *
 * A PPTX is an Open Packaging Conventions zip (ECMA-376 Part 2): parts are XML files, tied
 * together by `_rels/*.rels` relationship parts. The path to the notes is
 *   ppt/presentation.xml  <p:sldIdLst> r:id ─ ppt/_rels/presentation.xml.rels ─→ slide part
 *   slide part ─ its _rels/<slide>.rels, Type …/notesSlide ─→ notes slide part
 * and the notes are the text of the notes slide's `<p:ph type="body"/>` shape (ECMA-376 Part 1,
 * §19.3.1.36 ph; the notes slide also has slide-image and slide-number placeholders).
 *
 * DOMParser does not exist in Node, where this runs under vitest and the CLI, so the XML is read
 * by the small tokenizer below. It is enough for these machine-written parts: no DTDs, entities
 * limited to the predefined ones and character references.
 */
import { FlateErrorCode, unzipSync } from 'fflate';
import { z } from 'zod';

export const SlideNotes = z
  .object({
    /** 1-based position in the presentation, as PowerPoint numbers slides. */
    slide: z.number().int().positive(),
    /** The title placeholder's text, "" when the slide has none. */
    title: z.string(),
    /** Paragraphs joined with "\n"; "" when the slide has no notes. */
    notes: z.string(),
  })
  .strict();
export type SlideNotes = z.infer<typeof SlideNotes>;

/** Zip bomb guard: the most we inflate, by the sizes the archive declares for the parts we read. */
const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

const PRESENTATION = 'ppt/presentation.xml';

/**
 * The slides of a PPTX file in presentation order, with their titles and speaker notes. Async so
 * that callers need not change if inflating moves off the main thread (fflate's `unzip`).
 */
export async function slideNotes(data: ArrayBuffer | Uint8Array): Promise<SlideNotes[]> {
  const pkg = new Package(data instanceof Uint8Array ? data : new Uint8Array(data));

  pkg.load([PRESENTATION, relsPart(PRESENTATION)]);
  const presentation = pkg.text(PRESENTATION);
  if (presentation === undefined)
    throw new Error('This file is not a PowerPoint presentation (no ppt/presentation.xml).');
  const presentationRels = relationships(pkg.text(relsPart(PRESENTATION)), PRESENTATION);
  const slideParts = slideRelIds(presentation).map((id) => presentationRels.get(id)?.target);

  pkg.load(slideParts.flatMap((part) => (part ? [part, relsPart(part)] : [])));
  const notesParts = slideParts.map((part) => {
    if (!part) return undefined;
    const rels = relationships(pkg.text(relsPart(part)), part);
    return [...rels.values()].find((r) => r.type.endsWith('/notesSlide'))?.target;
  });

  pkg.load(notesParts.filter((part) => part !== undefined));
  return slideParts.map((part, i) => ({
    slide: i + 1,
    title: placeholderText(pkg.text(part), ['title', 'ctrTitle']),
    notes: placeholderText(pkg.text(notesParts[i]), ['body']),
  }));
}

/** The parts of one zip, inflated on demand: only the ones asked for, within the size budget. */
class Package {
  private readonly bytes: Uint8Array;
  /** Inflated parts by lower-cased name: OPC part names compare case-insensitively (ECMA-376 Part 2, requirement M1.12). */
  private readonly parts = new Map<string, string>();
  private unpacked = 0;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  load(names: string[]): void {
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(this.bytes, {
        filter: (file) => {
          if (!wanted.has(file.name.toLowerCase())) return false;
          // Counted per entry, so duplicate entries count too. fflate inflates into a buffer of the
          // declared size and never grows it, so a lying size cannot unpack more than this.
          this.unpacked += file.originalSize;
          if (this.unpacked > MAX_UNPACKED_BYTES) throw new TooLarge();
          return true;
        },
      });
    } catch (e) {
      if (e instanceof TooLarge)
        throw new Error(
          `This presentation is too large to read: its slides and notes unpack to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB.`,
        );
      if ((e as { code?: unknown }).code === FlateErrorCode.InvalidZipData)
        throw new Error('This file is not a PowerPoint presentation (it is not a zip archive).');
      throw new Error(`This PowerPoint file is damaged (${e instanceof Error ? e.message : String(e)}).`);
    }
    const decoder = new TextDecoder(); // UTF-8, dropping a BOM
    for (const [name, bytes] of Object.entries(files)) this.parts.set(name.toLowerCase(), decoder.decode(bytes));
  }

  /** A loaded part's text, or undefined when the archive lacks it. */
  text(name: string | undefined): string | undefined {
    return name === undefined ? undefined : this.parts.get(name.toLowerCase());
  }
}

class TooLarge extends Error {}

// ── Relationships ─────────────────────────────────────────────────────────────────────────────

/** Where a part's relationships live: ppt/slides/slide1.xml → ppt/slides/_rels/slide1.xml.rels. */
function relsPart(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relationship target as a zip path. Targets are URIs relative to the source part
 * ("../notesSlides/notesSlide1.xml") or absolute from the package root ("/ppt/notesSlides/…").
 */
function resolveTarget(source: string, target: string): string {
  const path = target.split('#')[0]!;
  const segments = path.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of path.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** Relationship id → type and resolved target, for the internal relationships of a .rels part. */
function relationships(relsXml: string | undefined, source: string): Map<string, { type: string; target: string }> {
  const rels = new Map<string, { type: string; target: string }>();
  for (const token of xmlTokens(relsXml ?? '')) {
    if (token.kind !== 'open' || localName(token.name) !== 'Relationship') continue;
    const { Id: id, Type: type = '', Target: target, TargetMode: mode } = token.attrs;
    if (id && target && mode !== 'External') rels.set(id, { type, target: resolveTarget(source, target) });
  }
  return rels;
}

/**
 * The relationship ids of `<p:sldIdLst>`, in order. Only the list directly under the root counts:
 * PowerPoint's sections extension (`<p14:sectionLst>`) repeats slide ids deeper down, without r:id.
 */
function slideRelIds(presentationXml: string): string[] {
  const ids: string[] = [];
  let depth = 0;
  let inList = false;
  for (const token of xmlTokens(presentationXml)) {
    if (token.kind === 'open') {
      const name = localName(token.name);
      if (name === 'sldIdLst' && depth === 1 && !token.selfClosing) inList = true;
      if (name === 'sldId' && inList) {
        // The id attribute in the relationships namespace: `r:id`, whatever the prefix.
        const id = Object.entries(token.attrs).find(([attr]) => attr.includes(':') && localName(attr) === 'id')?.[1];
        if (id) ids.push(id);
      }
      if (!token.selfClosing) depth++;
    } else if (token.kind === 'close') {
      depth--;
      if (localName(token.name) === 'sldIdLst') inList = false;
    }
  }
  return ids;
}

// ── Shapes and their text ─────────────────────────────────────────────────────────────────────

/**
 * The text of the first shape whose placeholder type is one of `types`, "" if there is none.
 * Paragraphs (`<a:p>`) are joined with "\n", runs and fields (`<a:t>`) concatenated, and a line
 * break (`<a:br/>`) is "\n". Shapes do not nest (groups hold shapes, shapes hold no shapes).
 */
function placeholderText(xml: string | undefined, types: string[]): string {
  let shape: { type: string | undefined; paragraphs: string[] } | undefined;
  let paragraph: string | undefined;
  let inText = false;
  for (const token of xmlTokens(xml ?? '')) {
    if (token.kind === 'text') {
      if (inText && paragraph !== undefined) paragraph += token.text;
      continue;
    }
    const name = localName(token.name);
    if (name === 'sp') {
      if (token.kind === 'close' && shape?.type && types.includes(shape.type)) return shape.paragraphs.join('\n');
      shape = token.kind === 'open' && !token.selfClosing ? { type: undefined, paragraphs: [] } : undefined;
      paragraph = undefined;
      inText = false;
    } else if (!shape) {
      continue;
    } else if (token.kind === 'open') {
      // A placeholder without a type is an object placeholder (Part 1, §19.7.10 ST_PlaceholderType).
      if (name === 'ph') shape.type = token.attrs['type'] ?? 'obj';
      else if (name === 'p' && token.selfClosing) shape.paragraphs.push('');
      else if (name === 'p') paragraph = '';
      else if (name === 't') inText = !token.selfClosing;
      else if (name === 'br' && paragraph !== undefined) paragraph += '\n';
    } else if (name === 't') {
      inText = false;
    } else if (name === 'p' && paragraph !== undefined) {
      shape.paragraphs.push(paragraph);
      paragraph = undefined;
    }
  }
  return '';
}

// ── A small XML tokenizer ─────────────────────────────────────────────────────────────────────

type XmlToken =
  /** Names keep their prefix ("p:ph", "r:id"); attribute values are decoded. */
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  /** Character data, decoded: the contents of CDATA sections, or text with its references resolved. */
  | { kind: 'text'; text: string };

/**
 * Comments, CDATA sections, declarations and processing instructions, tags, or text. Attribute
 * values may contain ">" (XML 1.0 §3.1), so a tag's attributes are matched value by value.
 */
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][\s\S]*?>|<(\/?)([^\s/>]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function* xmlTokens(xml: string): Generator<XmlToken> {
  for (const m of xml.matchAll(TOKEN)) {
    const [, cdata, slash, name, attrText, selfClosing, text] = m;
    if (cdata !== undefined) yield { kind: 'text', text: cdata.replace(/\r\n?/g, '\n') };
    else if (text !== undefined) yield { kind: 'text', text: decodeXml(text) };
    else if (name !== undefined && slash) yield { kind: 'close', name };
    else if (name !== undefined) {
      const attrs: Record<string, string> = {};
      for (const [, attr, double, single] of (attrText ?? '').matchAll(ATTRIBUTE))
        attrs[attr!] = decodeXml(double ?? single ?? '');
      yield { kind: 'open', name, attrs, selfClosing: selfClosing === '/' };
    }
  }
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Resolves the predefined entities and character references, after normalising line ends as an
 * XML parser does (XML 1.0 §2.11), so "&#13;" survives as a carriage return. Anything else is kept.
 */
function decodeXml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(
      /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g,
      (ref, hex?: string, dec?: string, named?: string) => {
        if (named) return PREDEFINED[named]!;
        const code = parseInt(hex ?? dec!, hex ? 16 : 10);
        const valid = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
        return valid ? String.fromCodePoint(code) : ref;
      },
    );
}
