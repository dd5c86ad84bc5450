/** I testi della procedura per gli export dei ticket (italiano): le stesse chiavi di tickets-en.ts. */
import type { ticketsEn } from './tickets-en';

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const ticketsIt: Widen<typeof ticketsEn> = {
  open: 'Importa un export dei ticket', openHome: 'Parti da un export dei ticket',
  homeHint: 'Dai un nome al nuovo caso; l’export dei ticket si legge subito dopo, nel passo Momenti chiave.',
  title: 'Dati da un export dei ticket',
  privacy: 'Nel caso entrano solo aggregati: conteggi, volumi e tassi. Testo dei ticket, nomi e indirizzi e-mail non vengono mai salvati né registrati nei log; il file viene letto, non copiato.',
  stepsLabel: 'Passi della procedura',
  steps: { pick: 'File', columns: 'Colonne', classify: 'Intenti', review: 'Acquisisci' },
  pick: 'Scegli un export dei ticket…',
  pickHint: 'Un file CSV (qualsiasi separatore; UTF-8, UTF-16 o Windows-1252) o XLSX, come lo esportano Zendesk, Freshdesk, Intercom o HubSpot — o qualsiasi altro file di cui indichi le colonne.',
  reading: 'Lettura di {{name}}…', rowsRead: '{{rows}} righe lette', progress: 'Avanzamento della lettura', stop: 'Interrompi la lettura', stopped: 'Lettura interrotta; non è stato acquisito nulla.',
  failed: 'Il file non è stato letto: {{message}}',
  notTickets: '{{name}} non sembra un export di ticket: nessuna sua colonna dà la data di creazione dei ticket. Indica le colonne qui sotto, o scegli un altro file.',
  facts: { file: 'File', format: 'Formato', encoding: 'Codifica', delimiter: 'Separatore', period: 'Periodo', months: 'dal {{from}} al {{to}} ({{count}} mesi di calendario)', tickets: 'Ticket letti', bad: 'Righe non lette' },
  formats: { zendesk: 'Zendesk', freshdesk: 'Freshdesk', intercom: 'Intercom', hubspot: 'HubSpot', generic: 'Colonne indicate da te' },
  delimiters: { comma: 'virgola', semicolon: 'punto e virgola', tab: 'tabulazione', bar: 'barra verticale' },
  dates: {
    label: 'Ordine delle date', dmy: 'giorno/mese/anno', mdy: 'mese/giorno/anno', detected: '{{order}} (rilevato)', confirmed: '{{order}} (confermato)',
    ambiguous: 'Nessuna data del file distingue giorno/mese da mese/giorno. Conferma l’ordine:', conflicting: 'Alcune date sono scritte con il giorno prima e altre con il mese prima: si usa l’ordine provato dalla maggior parte, e le altre sono righe non lette.',
    reread: 'Rileggi con quest’ordine',
  },
  partial: 'Il primo o l’ultimo mese sembra parziale: i volumi mensili sono medie su tutti i {{count}} mesi di calendario.',
  badRows: { title: 'Righe non lette: {{n}}', listed: 'Le prime {{count}}, con la loro riga nel file:', line: 'Riga', reason: 'Motivo', none: 'Tutte le righe sono state lette.' },
  map: {
    title: 'Colonne', intro: 'Quale colonna contiene ogni campo? Serve solo la data di creazione; gli altri aggiungono indicatori.', none: '— non nel file —', reread: 'Leggi con queste colonne',
    fields: {
      id: 'Id del ticket', created: 'Creato (data)', channel: 'Canale', intent: 'Intento, tipo o categoria', tags: 'Tag', subject: 'Oggetto (solo per le regole a parole chiave)', group: 'Gruppo',
      groupStations: 'Gruppi attraversati', status: 'Stato', firstResponse: 'Tempo di prima risposta', resolution: 'Tempo di risoluzione', handleTime: 'Tempo di gestione', reopens: 'Riaperture',
      replies: 'Risposte dell’operatore', satisfaction: 'Valutazione di soddisfazione', requesterDomain: 'Dominio del richiedente', requesterEmail: 'E-mail del richiedente (se ne legge solo il dominio)',
    },
  },
  classify: {
    title: 'Come i ticket hanno ricevuto l’intento', rule: 'Regola', ruleOf: 'Parole chiave → {{intent}}', intent: 'Intento', caught: 'Ticket presi', field: 'La colonna dell’intento dell’export',
    unclassified: 'Non classificati: {{n}} ticket ({{pct}}). Contano nel volume di base, non in un momento.',
    values: 'Valori della colonna dell’intento', value: 'Valore', tickets: 'Ticket', leave: 'Lascia alle regole a parole chiave',
    rules: 'Regole a parole chiave (provate in ordine; vince la prima che trova una parola nell’oggetto o nei tag)', keywords: 'Parole chiave, separate da virgole: {{rule}}',
    reread: 'Rileggi con questi intenti', topics: 'Argomenti principali', topic: 'Argomento', perMonth: 'Al mese', candidates: 'Candidati all’automazione (oltre 20 al mese, né retention né onboarding): {{list}}', noCandidates: 'Nessun argomento supera le 20 richieste al mese.',
    preSales: 'Segnali di pre-vendita: {{n}} ticket ({{pct}}).',
  },
  review: {
    title: 'Acquisisci nel caso', intro: 'Spunta cosa acquisire nello scenario “{{scenario}}”. Tutto ciò che è spuntato entra in un solo passo, che «Annulla modifica» toglie. La fonte di ogni valore sarà: {{source}}',
    moments: 'Momenti chiave', take: 'Acquisisci', name: 'Nome', intent: 'Intento', channel: 'Canale principale', volume: 'Ticket al mese', csat: 'CSAT', automatable: 'Automatizzabile', protected: 'Protetto', nameOf: 'Nome del momento per {{intent}}', tick: 'Acquisisci {{item}}',
    others: 'Base, escalation e benchmark', baseline: 'Volume assistito di base: {{volume}} ticket al mese (sostituisce il volume ricavato dai segmenti)',
    escalation: 'Linea escalation: {{escalations}} escalation al mese, {{handoffs}} passaggi ciascuna (presi come passaggi evitati; riducili se ne saranno evitati meno)',
    ours: '“Nostro” per {{metric}} nel passo benchmark: {{value}}', button: 'Acquisisci i valori spuntati ({{count}})', nothing: 'Questo export non dà nulla da acquisire: non ha ticket con una data.',
  },
  next: 'Avanti', back: 'Indietro', close: 'Chiudi', yes: 'sì', no: 'no',
  taken_one: 'Acquisito {{count}} valore da {{name}}. «Annulla modifica» lo toglie.', taken_other: 'Acquisiti {{count}} valori da {{name}}. «Annulla modifica» li toglie.',
  provenance: '{{file}}, dal {{from}} al {{to}}, {{n}} ticket',
  baselineSource: 'Fonte del volume di base',
};
