/**
 * Arabic (Modern Standard Arabic) interface strings. Counted nouns follow the six Arabic plural
 * categories (حدث واحد، حدثان، ٣ أحداث، ١١ حدثًا، ١٠٠ حدث); numbers come in the locale's digits.
 */
import type { Dictionary, LocaleTools } from '../strings.js';

/** "N events", as the subject or object of a sentence. */
function events(t: LocaleTools, count: number): string {
  switch (t.plural(count)) {
    case 'zero':
      return 'لا أحداث';
    case 'one':
      return 'حدث واحد';
    case 'two':
      return 'حدثان';
    case 'few':
      return `${t.number(count)} أحداث`;
    case 'many':
      return `${t.number(count)} حدثًا`;
    default:
      return `${t.number(count)} حدث`;
  }
}

/** "in N lanes" (genitive after في). */
function inLanes(t: LocaleTools, count: number): string {
  switch (t.plural(count)) {
    case 'one':
      return 'في مسار واحد';
    case 'two':
      return 'في مسارين';
    case 'few':
      return `في ${t.number(count)} مسارات`;
    case 'many':
      return `في ${t.number(count)} مسارًا`;
    default:
      return `في ${t.number(count)} مسار`;
  }
}

/** "N other sources", the last item of the sources line. */
function otherSources(t: LocaleTools, count: number): string {
  switch (t.plural(count)) {
    case 'one':
      return 'مصدر آخر';
    case 'two':
      return 'مصدران آخران';
    case 'few':
      return `${t.number(count)} مصادر أخرى`;
    case 'many':
      return `${t.number(count)} مصدرًا آخر`;
    default:
      return `${t.number(count)} مصدر آخر`;
  }
}

/** "N problems were found in the data." */
function problems(t: LocaleTools, count: number): string {
  switch (t.plural(count)) {
    case 'zero':
      return 'لم يُعثر على أي مشكلة في البيانات.';
    case 'one':
      return 'عُثر على مشكلة واحدة في البيانات.';
    case 'two':
      return 'عُثر على مشكلتين في البيانات.';
    case 'few':
      return `عُثر على ${t.number(count)} مشكلات في البيانات.`;
    case 'many':
      return `عُثر على ${t.number(count)} مشكلةً في البيانات.`;
    default:
      return `عُثر على ${t.number(count)} مشكلة في البيانات.`;
  }
}

const dictionary: Dictionary = (t) => ({
  loading: 'جارٍ تحميل الأحداث…',
  errorTitle: 'تعذّر عرض الخط الزمني.',
  emptyTimeline: 'لا توجد أحداث لعرضها.',
  timelineName: 'الخط الزمني',
  eventsList: 'قائمة الأحداث',
  eventCount: (count: number) => events(t, count),
  summary: (count: string, range: string, lanes: string, shown: string) => `${count} ${range}، ${lanes}${shown ? `؛ ${shown}` : ''}.`,
  shownCount: (count: number) => `المعروض منها ${t.number(count)}`,
  showing: (range: string, count: string) => `الفترة المعروضة ${range}: ${count}.`,
  selectedEvent: (title: string) => `الحدث المحدد: ${title}.`,
  selectionCleared: 'أُلغي التحديد.',
  zoomedInto: (count: string) => `تم التكبير: ${count}.`,
  clusterLabel: (count: string, range: string, lane: string) => `${count}، ${range}${lane ? `، ${lane}` : ''}. كبِّر لرؤيتها.`,
  clusterLabelMoving: (count: string, lane: string) => `${count}${lane ? `، ${lane}` : ''}. كبِّر لرؤيتها.`,
  zoomControls: 'التكبير والتصغير',
  storyNavigation: 'القصة',
  previous: 'السابق',
  next: 'التالي',
  storyCount: (position: number, count: number) => `${t.number(position)} من ${t.number(count)}`,
  storyPosition: (position: number, count: number, title: string) => `${t.number(position)} من ${t.number(count)}: ${title}.`,
  loadedOf: (received: string, total: string) => `${received} من ${total}`,
  retry: 'إعادة المحاولة',
  errorKinds: {
    network: 'تعذّر الوصول إلى البيانات.',
    http: 'لم يرسل الخادم البيانات.',
    timeout: 'استغرق وصول البيانات وقتًا أطول مما ينبغي.',
    'too-large': 'ملف البيانات كبير جدًا.',
    parse: 'تعذّرت قراءة ملف البيانات.',
    validation: 'لا يحتوي ملف البيانات على أحداث يمكن عرضها.',
  } as Record<string, string>,
  noMatch: 'لا توجد أحداث تطابق عوامل التصفية.',
  clearFilters: 'إزالة عوامل التصفية',
  filtersCleared: 'أُزيلت عوامل التصفية: تُعرض جميع الأحداث.',
  filteredTo: (name: string, count: string) => `تُعرض أحداث ${name} فقط: ${count}.`,
  showOnly: (name: string) => `إظهار ${name} فقط`,
  showEveryone: 'إظهار جميع الأطراف مجددًا',
  visiblePeriod: 'الفترة المعروضة',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  showAll: 'عرض الكل',
  panEarlier: 'الفترة السابقة',
  panLater: 'الفترة التالية',
  savePng: 'حفظ العرض صورةً بصيغة PNG',
  saveSvg: 'حفظ العرض صورةً بصيغة SVG',
  sourcesLine: (names: readonly string[], more: number) => (names.length ? `المصادر: ${t.list(more ? [...names, otherSources(t, more)] : names)}` : ''),
  wheelHint: 'للتكبير والتصغير استخدم Ctrl مع التمرير (⌘ مع التمرير على Mac) أو قرّب إصبعين أو باعِد بينهما',
  keysHelp:
    'تنتقل بك مفاتيح الأسهم بين الأحداث، وينقلك Home وEnd إلى الحدث الأول والأخير، ويحدّد Enter الحدث، ويلغي Escape التحديد. يكبّر مفتاحا الزائد والناقص العرض ويصغّرانه، ويحرّك Shift مع أحد الأسهم أو Page Up وPage Down العرض، ويعرض 0 كل شيء.',
  place: 'المكان',
  actors: 'الأطراف',
  routes: 'التحركات',
  corrections: 'التصحيحات',
  gregorianNote: 'بالتقويم الميلادي',
  precision: { year: 'السنة فقط', month: 'الشهر فقط', day: 'اليوم', minute: 'الساعة' } as Record<string, string>,
  statusNote: {
    disputed: 'موضع خلاف: تتباين المصادر بشأن هذا الخبر.',
    denied: 'نفاه طرف ورد ذكره في الخبر.',
  } as Record<string, string>,
  modes: { air: 'جوًا', land: 'برًا', sea: 'بحرًا' } as Record<string, string>,
  summaryRange: (range: string) => `خلال الفترة ${range}`,
  lanesBy: (count: number, by: string) => `${inLanes(t, count)} حسب ${by}`,
  oneLane: 'في مسار واحد',
  inTimeOrder: 'مرتبة زمنيًا',
  groupBy: { actor: 'الطرف', type: 'نوع الحدث', place: 'المكان', none: '' } as Record<string, string>,
  unassigned: 'طرف غير محدد',
  unassignedPlace: 'مكان غير محدد',
  allEvents: 'جميع الأحداث',
  skipped: (skipped: number, total: number) =>
    skipped === 0 ? `لم يُستبعد أي حدث من أصل ${t.number(total)} في البيانات.` : `استُبعد من البيانات ${events(t, skipped)} من أصل ${t.number(total)}.`,
  problems: (count: number) => problems(t, count),
  showIssues: 'عرض المشكلات التي عُثر عليها في البيانات',
  copyIssues: 'نسخ القائمة',
  copiedIssues: 'نُسخت القائمة.',
  copyFailed: 'تعذّر نسخ القائمة: حدّدها وانسخها يدويًا.',
  approximate: 'تقريبي',
  uncertain: 'غير مؤكد',
  approximateUncertain: 'تقريبي وغير مؤكد',
  openEnd: 'مستمر',
  unknownEnd: 'تاريخ الانتهاء غير معروف',
  status: { reported: 'بحسب التقارير', confirmed: 'مؤكَّد', disputed: 'موضع خلاف', denied: 'موضع نفي' } as Record<string, string>,
  types: {
    battle: 'معركة',
    explosion: 'انفجار أو عنف عن بُعد',
    'violence-against-civilians': 'عنف ضد المدنيين',
    protest: 'احتجاج',
    riot: 'أعمال شغب',
    strategic: 'تطور استراتيجي',
  } as Record<string, string>,
  sources: 'المصادر',
  routeTo: 'إلى',
  via: 'عبر',
  note: 'ملاحظة',
  unknownRoute: (id: string) => `لا يوجد في البيانات تحرك بالمعرّف «${id}».`,
  unknownActor: (id: string) => `لا يوجد في البيانات طرف بالمعرّف «${id}».`,
  actorTypes: {
    state: 'قوات حكومية',
    rebel: 'جماعة متمردة',
    militia: 'ميليشيا',
    external: 'قوات أجنبية',
    civilian: 'مدنيون',
    person: 'فرد',
    coalition: 'تحالف',
    other: 'غير ذلك',
  } as Record<string, string>,
  sides: {
    opposition: 'المعارضة',
    government: 'الحكومة',
    'pro-government': 'موالٍ للحكومة',
    'kurdish-led': 'بقيادة كردية',
    'pro-opposition': 'داعم للمعارضة',
    israel: 'إسرائيل',
    civilian: 'مدني',
    neutral: 'غير ذلك',
  } as Record<string, string>,
  alsoKnownAs: 'أسماء أخرى',
  country: 'البلد',
  type: 'النوع',
  side: 'الجانب',
  eventsTakenPart: 'الأحداث',
  firstSeen: 'أول حدث',
  lastSeen: 'آخر حدث',
  activity: (unit: string, range: string, busiest: string, count: string) => `عدد الأحداث في كل ${unit}، ${range}؛ الذروة: ${busiest} (${count}).`,
  noActivity: 'لا توجد أحداث في البيانات.',
  day: 'يوم',
  week: 'أسبوع',
  showOnTimeline: (name: string) => `إظهار ${name} فقط على الخط الزمني`,
  updated: (when: string) => `آخر تحديث: ${when}`,
  comma: '، ',
  label: (term: string) => `${term}:`,
});

export default dictionary;
