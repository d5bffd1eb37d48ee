/**
 * French interface strings. French typography: a no-break space before « : » (U+00A0) and a
 * narrow no-break space before « ; ? ! » (U+202F), guillemets, typographic apostrophes. Counts
 * of 0 and 1 take the singular (0 événement), millions take « de » (1 000 000 d’événements).
 */
import type { Dictionary, LocaleTools } from '../strings.js';

/** A count and its noun: `one` (0 and 1), `many` (round millions) or `other`. */
function counted(t: LocaleTools, count: number, one: string, other: string, many: string): string {
  const category = t.plural(count);
  return `${t.number(count)} ${category === 'one' ? one : category === 'many' ? many : other}`;
}

const events = (t: LocaleTools, count: number) => counted(t, count, 'événement', 'événements', 'd’événements');

const dictionary: Dictionary = (t) => ({
  loading: 'Chargement des événements…',
  errorTitle: 'Impossible d’afficher la chronologie.',
  emptyTimeline: 'Aucun événement à afficher.',
  timelineName: 'Chronologie',
  eventsList: 'Liste des événements',
  eventCount: (count: number) => events(t, count),
  summary: (count: string, range: string, lanes: string, shown: string) => `${count} ${range}, ${lanes}${shown ? `\u202f; ${shown}` : ''}.`,
  shownCount: (count: number) => counted(t, count, 'affiché', 'affichés', 'affichés'),
  showing: (range: string, count: string) => `Période affichée\u00a0: ${range}, ${count}.`,
  selectedEvent: (title: string) => `Sélection\u00a0: ${title}.`,
  selectionCleared: 'Sélection annulée.',
  zoomedInto: (count: string) => `Zoom sur ${count}.`,
  clusterLabel: (count: string, range: string, lane: string) => `${count}, ${range}${lane ? `, ${lane}` : ''}. Zoomez pour les voir.`,
  clusterLabelMoving: (count: string, lane: string) => `${count}${lane ? `, ${lane}` : ''}. Zoomez pour les voir.`,
  zoomControls: 'Commandes de zoom',
  storyNavigation: 'Récit',
  previous: 'Précédent',
  next: 'Suivant',
  storyCount: (position: number, count: number) => `${t.number(position)} sur ${t.number(count)}`,
  storyPosition: (position: number, count: number, title: string) => `${t.number(position)} sur ${t.number(count)}\u00a0: ${title}.`,
  loadedOf: (received: string, total: string) => `${received} sur ${total}`,
  retry: 'Réessayer',
  errorKinds: {
    network: 'Impossible d’accéder aux données.',
    http: 'Le serveur n’a pas envoyé les données.',
    timeout: 'Les données ont mis trop de temps à arriver.',
    'too-large': 'Le fichier de données est trop volumineux.',
    parse: 'Impossible de lire le fichier de données.',
    validation: 'Le fichier de données ne contient aucun événement affichable.',
  } as Record<string, string>,
  noMatch: 'Aucun événement ne correspond aux filtres.',
  clearFilters: 'Effacer les filtres',
  filtersCleared: 'Filtres effacés\u00a0: tous les événements sont affichés.',
  filteredTo: (name: string, count: string) => `Filtre sur ${name}\u00a0: ${count}.`,
  showOnly: (name: string) => `Afficher uniquement ${name}`,
  showEveryone: 'Afficher de nouveau tous les acteurs',
  visiblePeriod: 'Période visible',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  showAll: 'Tout afficher',
  panEarlier: 'Période précédente',
  panLater: 'Période suivante',
  savePng: 'Enregistrer la vue en image PNG',
  saveSvg: 'Enregistrer la vue en image SVG',
  sourcesLine: (names: readonly string[], more: number) =>
    names.length ? `Sources\u00a0: ${t.list(more ? [...names, counted(t, more, 'autre', 'autres', 'd’autres')] : names)}` : '',
  wheelHint: 'Pour zoomer, utilisez Ctrl + molette (⌘ + molette sur Mac) ou pincez avec deux doigts',
  keysHelp:
    'Les touches fléchées permettent de passer d’un événement à l’autre, Origine et Fin mènent au premier et au dernier, Entrée sélectionne, Échap annule la sélection. Les touches plus et moins zooment, Maj avec une flèche ou Page précédente et Page suivante déplacent la vue, 0 affiche tout.',
  place: 'Lieu',
  actors: 'Acteurs',
  routes: 'Déplacements',
  corrections: 'Rectificatifs',
  gregorianNote: 'calendrier grégorien',
  precision: { year: 'année seulement', month: 'mois seulement', day: 'jour', minute: 'heure' } as Record<string, string>,
  statusNote: {
    disputed: 'Contesté\u00a0: les sources divergent sur cette information.',
    denied: 'Démenti par une partie citée dans cette information.',
  } as Record<string, string>,
  modes: { air: 'par voie aérienne', land: 'par voie terrestre', sea: 'par voie maritime' } as Record<string, string>,
  summaryRange: (range: string) => `sur la période ${range}`,
  lanesBy: (count: number, by: string) => `répartis en ${counted(t, count, 'piste', 'pistes', 'de pistes')} par ${by}`,
  oneLane: 'en une seule piste',
  inTimeOrder: 'dans l’ordre chronologique',
  groupBy: { actor: 'acteur', type: 'type d’événement', place: 'lieu', none: '' } as Record<string, string>,
  unassigned: 'Acteur non précisé',
  unassignedPlace: 'Lieu non précisé',
  allEvents: 'Tous les événements',
  skipped: (skipped: number, total: number) =>
    t.plural(skipped) === 'one'
      ? `${events(t, skipped)} sur ${t.number(total)} a été ignoré dans les données.`
      : `${events(t, skipped)} sur ${t.number(total)} ont été ignorés dans les données.`,
  problems: (count: number) =>
    count === 0
      ? 'Aucun problème n’a été détecté dans les données.'
      : t.plural(count) === 'one'
        ? `${t.number(count)} problème a été détecté dans les données.`
        : `${t.number(count)} problèmes ont été détectés dans les données.`,
  showIssues: 'Afficher les problèmes détectés dans les données',
  copyIssues: 'Copier la liste',
  copiedIssues: 'La liste a été copiée.',
  copyFailed: 'Impossible de copier la liste\u00a0: sélectionnez-la et copiez-la manuellement.',
  approximate: 'approximative',
  uncertain: 'incertaine',
  approximateUncertain: 'approximative et incertaine',
  openEnd: 'en cours',
  unknownEnd: 'fin inconnue',
  status: { reported: 'signalé', confirmed: 'confirmé', disputed: 'contesté', denied: 'démenti' } as Record<string, string>,
  types: {
    battle: 'Combats',
    explosion: 'Explosion ou violence à distance',
    'violence-against-civilians': 'Violence contre des civils',
    protest: 'Manifestation',
    riot: 'Émeute',
    strategic: 'Évolution stratégique',
  } as Record<string, string>,
  sources: 'Sources',
  routeTo: 'vers',
  via: 'En passant par',
  note: 'Remarque',
  unknownRoute: (id: string) => `Aucun trajet «\u00a0${id}\u00a0» dans les données.`,
  unknownActor: (id: string) => `Aucun acteur «\u00a0${id}\u00a0» dans les données.`,
  actorTypes: {
    state: 'Forces gouvernementales',
    rebel: 'Groupe rebelle',
    militia: 'Milice',
    external: 'Forces étrangères',
    civilian: 'Civils',
    person: 'Individu',
    coalition: 'Coalition',
    other: 'Autre',
  } as Record<string, string>,
  sides: {
    opposition: 'Opposition',
    government: 'Gouvernement',
    'pro-government': 'Progouvernemental',
    'kurdish-led': 'Sous direction kurde',
    'pro-opposition': 'Soutient l’opposition',
    israel: 'Israël',
    civilian: 'Civil',
    neutral: 'Autre',
  } as Record<string, string>,
  alsoKnownAs: 'Autres noms',
  country: 'Pays',
  type: 'Type',
  side: 'Camp',
  eventsTakenPart: 'Événements',
  firstSeen: 'Premier événement',
  lastSeen: 'Dernier événement',
  activity: (unit: string, range: string, busiest: string, count: string) => `Événements par ${unit}, ${range}\u202f; pic\u00a0: ${busiest} (${count}).`,
  noActivity: 'Aucun événement dans les données.',
  day: 'jour',
  week: 'semaine',
  showOnTimeline: (name: string) => `Afficher uniquement ${name} sur la chronologie`,
  updated: (when: string) => `Mis à jour le ${when}`,
  comma: ', ',
  label: (term: string) => `${term}\u00a0:`,
});

export default dictionary;
