// Shared by the booking page and the console: the JSON API client, texts in German and English, and formats.
// Times from the API are read as written (branch-local "2026-06-17T10:00:00+02:00"), never through the browser's
// own time zone, so the pages show the salon's times wherever the visitor is.

/** The engine's "now" when the page was served, kept moving with the browser's clock. */
const serverOffset = Date.parse(document.documentElement.dataset.now || new Date().toISOString()) - Date.now();
export const now = () => new Date(Date.now() + serverOffset);

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || ('HTTP ' + status));
    this.status = status;
    this.code = problem.code || '';
    this.problem = problem;
  }
}

/** Calls the API with {@code key} as bearer credential; problems become ApiError carrying their detail text. */
export async function api(key, method, path, body, headers = {}) {
  const h = { ...headers };
  if (key) h.Authorization = 'Bearer ' + key;
  if (body !== undefined) h['Content-Type'] = 'application/json';
  let res;
  try {
    res = await fetch(path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit', cache: 'no-store' });
  } catch (e) {
    throw new ApiError(0, { code: 'network', detail: t('network') });
  }
  const text = await res.text();
  let json = {};
  try { json = text ? JSON.parse(text) : {}; } catch (e) { json = { detail: text }; }
  if (!res.ok) throw new ApiError(res.status, json);
  return json;
}

export const randomId = () => (crypto.randomUUID ? crypto.randomUUID()
  : Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join(''));

const TEXTS = {
  de: {
    network: 'Keine Verbindung zum Server. Bitte versuchen Sie es gleich noch einmal.',
    lang: 'English', langCode: 'en', minutes: 'Min.', pause: 'Einwirken',
    weekdays: ['So.', 'Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.'],
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
      'November', 'Dezember'],
  },
  en: {
    network: 'No connection to the server. Please try again in a moment.',
    lang: 'Deutsch', langCode: 'de', minutes: 'min', pause: 'Processing',
    weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
      'November', 'December'],
  },
};
let language = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'de';
let extra = { de: {}, en: {} };

/** Adds a page's own texts. */
export function texts(more) { extra = more; }
export function lang() { return language; }
export function setLang(l) { language = l; document.documentElement.lang = l; }
/** The text for {@code key} in the current language, with {name} placeholders filled from {@code args}. */
export function t(key, args = {}) {
  const v = extra[language][key] ?? TEXTS[language][key] ?? extra.de[key] ?? key;
  return typeof v === 'string' ? v.replace(/\{(\w+)\}/g, (_, k) => args[k] ?? '') : v;
}

export const dateOf = s => s.slice(0, 10);
export const timeOf = s => s.slice(11, 16);
export const minutesOf = s => Number(s.slice(11, 13)) * 60 + Number(s.slice(14, 16));

/** A date string plus days, as a date string (calendar arithmetic in UTC, so no DST surprises). */
export function addDays(date, days) {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "Di., 1. Dezember" / "Tue, 1 December". */
export function longDate(date) {
  const d = new Date(date + 'T00:00:00Z');
  const wd = t('weekdays')[d.getUTCDay()];
  const m = t('months')[d.getUTCMonth()];
  return language === 'de' ? `${wd}, ${d.getUTCDate()}. ${m}` : `${wd}, ${d.getUTCDate()} ${m}`;
}

/** Today in {@code zone} by the engine's clock. */
export function today(zone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(now());
}

/** Minutes since midnight now in {@code zone}. */
export function nowMinutes(zone) {
  const p = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(now()).split(':');
  return Number(p[0]) * 60 + Number(p[1]);
}

export function price(p) {
  if (!p) return '';
  return new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency: p.currency })
    .format(p.minorUnits / 100);
}

/** "Färben 30 · Einwirken 45 · Waschen 15 Min." for a composite service, "30 Min." for a plain one. */
export function phases(service) {
  if (!service.composite) return `${service.durationMinutes} ${t('minutes')}`;
  return service.composite.steps.map(s => `${s.type === 'work' ? s.name : t('pause')} ${s.minutes}`).join(' · ')
    + ` ${t('minutes')}`;
}

/** Creates an element: el('button', {class: 'x', onclick: f}, 'text', child). */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'class') e.className = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c !== undefined && c !== null && c !== false) e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

/** Replaces a node's children, leaving out null, undefined and false (conditional parts of a view). */
export function fill(node, ...children) {
  node.replaceChildren(...children.flat().filter(c => c !== null && c !== undefined && c !== false));
}

/** An iCalendar file with one event per phase, as a data URL for a download link. */
export function icsUrl(title, place, segments) {
  const stamp = s => new Date(s).toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
  const esc = s => String(s).replace(/[\\,;]/g, m => '\\' + m).replace(/\n/g, '\\n');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Termin//Booking page//DE'];
  segments.forEach((s, i) => lines.push('BEGIN:VEVENT', `UID:${randomId()}@termin`, `DTSTAMP:${stamp(now())}`,
    `DTSTART:${stamp(s.start)}`, `DTEND:${stamp(s.end)}`,
    `SUMMARY:${esc(segments.length > 1 ? `${title}: ${s.name} (${i + 1}/${segments.length})` : title)}`,
    `LOCATION:${esc(place)}`, 'END:VEVENT'));
  lines.push('END:VCALENDAR');
  return 'data:text/calendar;charset=utf-8,' + encodeURIComponent(lines.join('\r\n'));
}
