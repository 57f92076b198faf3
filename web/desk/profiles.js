// What the layout profiles tell the desk (GET /v1/profiles): the systems a clerk chooses from,
// the layout `party` picks by the date, each type's parts, the signing prefixes, and the
// defaults of a new document.

/** The systems offered, in the clerk's words. */
export const SYSTEMS = [
  { id: 'nd30', label: 'Văn bản hành chính nhà nước (NĐ 30/2020)' },
  { id: 'party', label: 'Văn bản của Đảng (HD 36 / HD 05, theo ngày ban hành)' },
];
const FIXED = {
  hd36: 'Văn bản của Đảng — luôn theo HD 36-HD/VPTW',
  hd05: 'Văn bản của Đảng — luôn theo HD 05-HD/VPTW',
};

/** `2026-05-26` → `26/5/2026`. */
export function dateText(iso) {
  const [y, m, d] = String(iso).split('-');
  return [d && String(Number(d)), m && String(Number(m)), y].filter(Boolean).join('/');
}

/** Today in the clerk's time zone, `YYYY-MM-DD`. */
export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export class Profiles {
  constructor(list) {
    this.list = list;
    this.byId = new Map(list.map((p) => [p.id, p]));
  }

  /** The systems to offer in a select: the two main ones, and a fixed Party layout if the document names one. */
  systems(current) {
    const options = SYSTEMS.filter((s) => this.byId.has(s.id)).map((s) => [s.id, s.label]);
    if (current && !options.some(([id]) => id === current)) options.push([current, FIXED[current] ?? current]);
    return options;
  }

  /** The layout that applies: a selector (`party`) picks by the date; no date takes the newest. */
  resolve(profileId, date) {
    const profile = this.byId.get(profileId || 'nd30');
    if (!profile) return undefined;
    if (!profile.selects?.length) return profile;
    const day = date ? String(date).padEnd(10, '-01').slice(0, 10) : '';
    const chosen = day
      ? profile.selects.find((s) => (!s.from || day >= s.from) && (!s.until || day <= s.until))
      : profile.selects.at(-1);
    return this.byId.get((chosen ?? profile.selects.at(-1)).profile);
  }

  /** "Áp dụng Hướng dẫn 36-HD/VPTW (ban hành đến 26/5/2026)" for a selector, else "". */
  appliesText(profileId, date) {
    const profile = this.byId.get(profileId);
    if (!profile?.selects?.length) return '';
    const layout = this.resolve(profileId, date);
    const rule = profile.selects.find((s) => s.profile === layout?.id);
    const when = rule?.until ? `văn bản ban hành đến ngày ${dateText(rule.until)}` : rule?.from ? `văn bản ban hành từ ngày ${dateText(rule.from)}` : '';
    const name = layout?.standardName ?? layout?.title ?? '';
    return `Áp dụng ${name}${when ? ` (${when})` : ''}${date ? '' : '; chưa có ngày ban hành nên theo hướng dẫn mới nhất'}.`;
  }

  types(profileId, date) { return this.resolve(profileId, date)?.types ?? []; }

  type(doc) {
    return this.types(doc.profile, doc.date).find((t) => t.id === (doc.type ?? 'van-ban'));
  }

  /** A type's Vietnamese name, from any profile that has it. */
  typeName(id) {
    for (const p of this.list) {
      const t = p.types?.find((x) => x.id === id);
      if (t) return t.displayName;
    }
    return id;
  }

  prefixes(doc) { return this.resolve(doc.profile, doc.date)?.authorityPrefixes ?? []; }

  /** Every prefix any profile knows, to split an authority line the way it was written. */
  allPrefixes() {
    const all = new Set();
    for (const p of this.list) for (const x of p.authorityPrefixes ?? []) all.add(x);
    return [...all].sort((a, b) => b.length - a.length);
  }

  isParty(doc) { return this.resolve(doc.profile, doc.date)?.standard !== 'ND30'; }

  /** The last Nơi nhận line of a new document: `Lưu: VT` (NĐ30), `Lưu Văn phòng Tỉnh ủy` (Party). */
  lastDistribution(doc) {
    const example = this.resolve(doc.profile, doc.date)?.lastDistributionExample ?? 'Lưu: VT';
    return example.startsWith('Lưu: VT') ? 'Lưu: VT' : example;
  }

  /** A new document of `type`, with the defaults a clerk would write first. */
  newDocument({ profile = 'nd30', type = 'cong-van', date = today() } = {}) {
    const doc = { profile, type, date };
    const info = this.types(profile, date).find((t) => t.id === type);
    doc.body = SCAFFOLDS[type] ? structuredClone(SCAFFOLDS[type]) : [''];
    doc.signers = [{}];
    const addressed = info?.addressees && !['giay-moi', 'giay-gioi-thieu', 'phieu-gui', 'phieu-chuyen', 'phieu-bao'].includes(type);
    const first = FIRST_DISTRIBUTION[type] ?? (addressed ? 'Như trên' : null);
    doc.distribution = [first, this.lastDistribution(doc)].filter((x) => x !== null);
    return doc;
  }
}

const FIRST_DISTRIBUTION = { 'quyet-dinh': 'Như Điều 3', 'giay-moi': 'Như thành phần mời', 'nghi-quyet': 'Như Điều 3' };

const SCAFFOLDS = {
  'quyet-dinh': [{ heading: 'Điều 1.', text: '' }, { heading: 'Điều 2.', text: '' }, { heading: 'Điều 3.', text: '' }],
  'nghi-quyet': [{ heading: 'Điều 1.', text: '' }, { heading: 'Điều 2.', text: '' }],
  'giay-moi': ['Trân trọng kính mời:', '', '**Thời gian:** ', '**Địa điểm:** '],
};
