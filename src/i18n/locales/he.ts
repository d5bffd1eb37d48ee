/**
 * Hebrew interface strings, without niqqud. Counts of one and two are written in words (אירוע
 * אחד, שני אירועים), other counts in the locale's digits.
 */
import type { Dictionary, LocaleTools } from '../strings.js';

/** "N events". */
function events(t: LocaleTools, count: number): string {
  switch (t.plural(count)) {
    case 'one':
      return 'אירוע אחד';
    case 'two':
      return 'שני אירועים';
    default:
      return `${t.number(count)} אירועים`;
  }
}

/** "in N lanes". */
function inLanes(t: LocaleTools, count: number): string {
  switch (t.plural(count)) {
    case 'one':
      return 'בנתיב אחד';
    case 'two':
      return 'בשני נתיבים';
    default:
      return `ב־${t.number(count)} נתיבים`;
  }
}

/** "N problems were found in the data." */
function problems(t: LocaleTools, count: number): string {
  if (count === 0) return 'לא נמצאו בעיות בנתונים.';
  switch (t.plural(count)) {
    case 'one':
      return 'נמצאה בעיה אחת בנתונים.';
    case 'two':
      return 'נמצאו שתי בעיות בנתונים.';
    default:
      return `נמצאו ${t.number(count)} בעיות בנתונים.`;
  }
}

const dictionary: Dictionary = (t) => ({
  loading: 'טוען אירועים…',
  errorTitle: 'לא ניתן להציג את ציר הזמן.',
  emptyTimeline: 'אין אירועים להצגה.',
  timelineName: 'ציר זמן',
  eventsList: 'רשימת האירועים',
  eventCount: (count: number) => events(t, count),
  summary: (count: string, range: string, lanes: string, shown: string) => `${count} ${range}, ${lanes}${shown ? `; ${shown}` : ''}.`,
  shownCount: (count: number) => (t.plural(count) === 'one' ? `${t.number(count)} מוצג` : `${t.number(count)} מוצגים`),
  showing: (range: string, count: string) => `מוצג הטווח ${range}: ${count}.`,
  selectedEvent: (title: string) => `נבחר: ${title}.`,
  selectionCleared: 'הבחירה בוטלה.',
  zoomedInto: (count: string) => `התצוגה הוגדלה אל ${count}.`,
  clusterLabel: (count: string, range: string, lane: string) => `${count}, ${range}${lane ? `, ${lane}` : ''}. הגדילו כדי לראות אותם.`,
  clusterLabelMoving: (count: string, lane: string) => `${count}${lane ? `, ${lane}` : ''}. הגדילו כדי לראות אותם.`,
  zoomControls: 'הגדלה והקטנה',
  storyNavigation: 'הסיפור',
  previous: 'הקודם',
  next: 'הבא',
  storyCount: (position: number, count: number) => `${t.number(position)} מתוך ${t.number(count)}`,
  storyPosition: (position: number, count: number, title: string) => `${t.number(position)} מתוך ${t.number(count)}: ${title}.`,
  loadedOf: (received: string, total: string) => `${received} מתוך ${total}`,
  retry: 'ניסיון חוזר',
  errorKinds: {
    network: 'לא ניתן היה לגשת לנתונים.',
    http: 'השרת לא שלח את הנתונים.',
    timeout: 'הגעת הנתונים ארכה זמן רב מדי.',
    'too-large': 'קובץ הנתונים גדול מדי.',
    parse: 'לא ניתן היה לקרוא את קובץ הנתונים.',
    validation: 'בקובץ הנתונים אין אירועים שאפשר להציג.',
  } as Record<string, string>,
  noMatch: 'אין אירועים שתואמים את המסננים.',
  clearFilters: 'ניקוי המסננים',
  filtersCleared: 'המסננים נוקו: כל האירועים מוצגים.',
  filteredTo: (name: string, count: string) => `מוצגים רק האירועים של ${name}: ${count}.`,
  showOnly: (name: string) => `הצגת ${name} בלבד`,
  showEveryone: 'הצגת כל הגורמים מחדש',
  visiblePeriod: 'התקופה המוצגת',
  zoomIn: 'הגדלה',
  zoomOut: 'הקטנה',
  showAll: 'הצגת הכול',
  panEarlier: 'התקופה הקודמת',
  panLater: 'התקופה הבאה',
  savePng: 'שמירת התצוגה כתמונת PNG',
  saveSvg: 'שמירת התצוגה כתמונת SVG',
  sourcesLine: (names: readonly string[], more: number) =>
    names.length ? `מקורות: ${more ? `${names.join(', ')} ועוד ${t.number(more)}` : t.list(names)}` : '',
  wheelHint: 'להגדלה ולהקטנה: Ctrl + גלילה (⌘ + גלילה ב־Mac) או צביטה',
  keysHelp:
    'מקשי החצים עוברים בין האירועים, Home ו־End עוברים לראשון ולאחרון, Enter בוחר ו־Escape מבטל את הבחירה. מקשי הפלוס והמינוס מגדילים ומקטינים, Shift עם חץ או Page Up ו־Page Down מזיזים את התצוגה, ו־0 מציג את הכול.',
  place: 'מקום',
  actors: 'גורמים מעורבים',
  routes: 'תנועות',
  corrections: 'תיקונים',
  gregorianNote: 'תאריך לועזי',
  precision: { year: 'שנה בלבד', month: 'חודש בלבד', day: 'יום', minute: 'שעה' } as Record<string, string>,
  statusNote: {
    disputed: 'שנוי במחלוקת: המקורות חלוקים בנוגע לדיווח זה.',
    denied: 'הוכחש על ידי גורם הנזכר בדיווח.',
  } as Record<string, string>,
  modes: { air: 'בדרך האוויר', land: 'בדרך היבשה', sea: 'בדרך הים' } as Record<string, string>,
  summaryRange: (range: string) => `בתאריכים ${range}`,
  lanesBy: (count: number, by: string) => `${inLanes(t, count)} לפי ${by}`,
  oneLane: 'בנתיב אחד',
  inTimeOrder: 'לפי סדר הזמן',
  groupBy: { actor: 'גורם', type: 'סוג אירוע', place: 'מקום', none: '' } as Record<string, string>,
  unassigned: 'לא צוין גורם',
  unassignedPlace: 'לא צוין מקום',
  allEvents: 'כל האירועים',
  skipped: (skipped: number, total: number) =>
    t.plural(skipped) === 'one'
      ? `אירוע אחד מתוך ${t.number(total)} האירועים שבנתונים דולג.`
      : `${t.number(skipped)} מתוך ${t.number(total)} האירועים שבנתונים דולגו.`,
  problems: (count: number) => problems(t, count),
  showIssues: 'הצגת הבעיות שנמצאו בנתונים',
  copyIssues: 'העתקת הרשימה',
  copiedIssues: 'הרשימה הועתקה.',
  copyFailed: 'לא ניתן היה להעתיק את הרשימה: יש לסמן אותה ולהעתיק ידנית.',
  approximate: 'משוער',
  uncertain: 'לא ודאי',
  approximateUncertain: 'משוער ולא ודאי',
  openEnd: 'מתמשך',
  unknownEnd: 'מועד הסיום לא ידוע',
  status: { reported: 'מדווח', confirmed: 'מאומת', disputed: 'שנוי במחלוקת', denied: 'הוכחש' } as Record<string, string>,
  types: {
    battle: 'קרב',
    explosion: 'פיצוץ או אלימות מרחוק',
    'violence-against-civilians': 'אלימות נגד אזרחים',
    protest: 'הפגנה',
    riot: 'מהומות',
    strategic: 'התפתחות אסטרטגית',
  } as Record<string, string>,
  sources: 'מקורות',
  routeTo: 'אל',
  via: 'דרך',
  note: 'הערה',
  unknownRoute: (id: string) => `אין בנתונים מסלול "${id}".`,
  unknownActor: (id: string) => `אין בנתונים גורם "${id}".`,
  actorTypes: {
    state: 'כוחות ממשלתיים',
    rebel: 'ארגון מורדים',
    militia: 'מיליציה',
    external: 'כוחות זרים',
    civilian: 'אזרחים',
    person: 'אדם',
    coalition: 'קואליציה',
    other: 'אחר',
  } as Record<string, string>,
  sides: {
    opposition: 'אופוזיציה',
    government: 'ממשלה',
    'pro-government': 'פרו־ממשלתי',
    'kurdish-led': 'בהובלה כורדית',
    'pro-opposition': 'תומך באופוזיציה',
    israel: 'ישראל',
    civilian: 'אזרחי',
    neutral: 'אחר',
  } as Record<string, string>,
  alsoKnownAs: 'שמות נוספים',
  country: 'מדינה',
  type: 'סוג',
  side: 'צד',
  eventsTakenPart: 'אירועים',
  firstSeen: 'אירוע ראשון',
  lastSeen: 'אירוע אחרון',
  activity: (unit: string, range: string, busiest: string, count: string) => `מספר האירועים בכל ${unit}, ${range}; השיא: ${busiest} (${count}).`,
  noActivity: 'אין אירועים בנתונים.',
  day: 'יום',
  week: 'שבוע',
  showOnTimeline: (name: string) => `הצגת ${name} בלבד בציר הזמן`,
  updated: (when: string) => `עדכון אחרון: ${when}`,
  comma: ', ',
  label: (term: string) => `${term}:`,
});

export default dictionary;
