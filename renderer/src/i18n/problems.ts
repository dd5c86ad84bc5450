/**
 * Validation messages come from the shared schema in English (the CLI and import reports print
 * them as they are). The UI shows them in the user's language: each known message shape maps to
 * its Italian form; an unknown message is shown as it is rather than lost.
 */
import type { Language } from '@shared/contract/api';

const IT: readonly [RegExp, string][] = [
  [/^Required$/, 'Obbligatorio'],
  [/^Enter a number$/, 'Inserisci un numero'],
  [/^Must be a number$/, 'Deve essere un numero'],
  [/^Must be text$/, 'Deve essere un testo'],
  [/^Must be 0% or more$/, 'Deve essere almeno 0%'],
  [/^Must be 0 or more$/, 'Deve essere almeno 0'],
  [/^Must be at most (\d+)%$/, 'Deve essere al massimo $1%'],
  [/^Must be below 100%$/, 'Deve essere sotto il 100%'],
  [/^Must be at least 0\.01% \(CLV = ARPU × margin ÷ churn\)$/, 'Deve essere almeno 0,01% (CLV = ARPU × margine ÷ abbandono)'],
  [/^Must be one of: (.*)$/, 'Deve essere uno tra: $1'],
  [/^Must be true or false$/, 'Deve essere vero o falso'],
  [/^Must be a list$/, 'Deve essere un elenco'],
  [/^Must be an object$/, 'Deve essere un oggetto'],
  [/^The key "(.*)" is not allowed$/, 'La chiave "$1" non è ammessa'],
  [/^Unknown field$/, 'Campo sconosciuto'],
  [/^Unknown or missing kind$/, 'Tipo sconosciuto o mancante'],
  [/^Duplicate id$/, 'Identificativo duplicato'],
  [/^At most (\d+) scenarios$/, 'Al massimo $1 scenari'],
  [/^Must be above 0%$/, 'Deve essere sopra lo 0%'],
  [/^Too large$/, 'Troppo grande'],
  [/^Too long$/, 'Troppo lungo'],
  [/^Must be a whole month number$/, 'Deve essere un numero di mese intero'],
  [/^Must be a whole number of months$/, 'Deve essere un numero intero di mesi'],
  [/^Benefits start in month 1 or later$/, 'I benefici iniziano dal mese 1 in poi'],
  [/^Must be at most month (\d+)$/, 'Deve essere al massimo il mese $1'],
  [/^Must be at most (\d+) months$/, 'Deve essere al massimo $1 mesi'],
  [/^Must be at least (\d+) months$/, 'Deve essere almeno $1 mesi'],
  [/^Must be month 0 \(up front\) or later$/, 'Deve essere il mese 0 (anticipato) o successivo'],
  [/^At most (\d+) characters$/, 'Al massimo $1 caratteri'],
  [/^At most (\d+) items$/, 'Al massimo $1 elementi'],
  [/^Another scenario has this name$/, 'Un altro scenario ha già questo nome'],
  [/^Recurring costs start in month 1 or later$/, 'I costi ricorrenti iniziano dal mese 1 in poi'],
  [/^Refers to a segment that does not exist$/, 'Si riferisce a un segmento che non esiste'],
  [/^Refers to a competitor that does not exist$/, 'Si riferisce a un concorrente che non esiste'],
  [/^This metric is listed twice$/, 'Questa metrica è presente due volte'],
  [/^Only one AI resolution line per scenario$/, 'Una sola voce di risoluzione AI per scenario'],
  [/^Only one deflection line per scenario$/, 'Una sola voce di deflessione per scenario'],
  [/^A case needs at least one scenario$/, 'Un case deve avere almeno uno scenario'],
  [/^Contains a control character \((U\+[0-9A-F]{4})\) at character (\d+); remove it$/, 'Contiene un carattere di controllo ($1) al carattere $2; rimuovilo'],
  [/^Contains an invisible text-direction character \((U\+[0-9A-F]{4})\) at character (\d+); remove it$/, 'Contiene un carattere invisibile di direzione del testo ($1) al carattere $2; rimuovilo'],
  [/^Contains an invalid character \(a lone UTF-16 surrogate, (U\+[0-9A-F]{4})\) at character (\d+)$/, 'Contiene un carattere non valido (un surrogato UTF-16 isolato, $1) al carattere $2'],
  [/^Must be a single line \(a line break is at character (\d+)\)$/, 'Deve stare su una sola riga (c’è un a capo al carattere $1)'],
];

export function translateProblem(message: string, lang: Language): string {
  if (lang === 'en') return message;
  for (const [re, it] of IT) if (re.test(message)) return message.replace(re, it);
  return message;
}
