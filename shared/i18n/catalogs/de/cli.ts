/** de texts: namespace `cli` (du-form). Flags, formats, check ids and commands stay as typed. */
import type { Translated } from '../en';
import type { cli as en } from '../en/cli';

export const cli: Translated<typeof en> = {
  'cli.help': `Aufruf: appleid-doctor [check] [Optionen]
         appleid-doctor fix [ID] [--dry-run] [--yes]   (Reparaturen; siehe appleid-doctor fix --help)

Prüft, ob sich dieser Mac gerade bei seinem Apple Account anmelden kann – und wenn nicht, warum.

Optionen:
  --json               Vollständigen Bericht als JSON ausgeben (Schema appleid-doctor/report@1)
  --format FMT         json, text (Standard), jamf, prometheus oder plist (Flottenformate: siehe README)
  --output DATEI       Ausgabe atomar in DATEI schreiben (Temp-Datei, fsync, rename) statt auf stdout
  --from-report DATEI  Gespeicherten --format-json-Bericht in einem anderen Format ausgeben (ohne Prüfungen)
  --config DATEI       JSON-Konfigurationsdatei verwenden (Endpunkte, Zeitlimits, Resolver, Tool-Pfade, …)
  --only ID[,ID…]      Nur diese Prüfungen ausführen (wiederholbar; das Ergebnis gilt nur für sie):
                       {ids}
  --all                Alle Lösungskarten ausgeben (im Terminal sonst nur die ersten zwei)
  --include-personal   Apple Account, Namen, Pfade und Adressen zeigen (sonst in jedem Format ausgeblendet)
  --lang SPRACHE       Sprache der Textausgabe: {langs}
                       (Standard: aus LC_ALL, LC_MESSAGES oder LANG)
  --no-color           Nie farbig ausgeben (auch: NO_COLOR=1)
  -h, --help           Diese Hilfe anzeigen
  -v, --version        Version anzeigen

Exit-Status: 0 grün, 1 gelb, 2 rot, 64 falscher Aufruf, 78 fehlerhafte Konfiguration;
66 --from-report nicht lesbar, 73 --output nicht schreibbar.`,

  'cli.usage.line': 'appleid-doctor: {error} (siehe appleid-doctor --help)',
  'cli.usage.unknown_command': 'unbekannter Befehl „{command}“ (die Befehle sind „check“ und „fix“)',
  'cli.usage.switch_value': '{flag} erwartet keinen Wert (oder =true / =false), erhalten: „{value}“',
  'cli.usage.needs_file': '{flag} braucht einen Dateipfad',
  'cli.usage.format': '--format braucht eines von: {formats}',
  'cli.usage.format_twice': '--format zweimal mit verschiedenen Werten angegeben',
  'cli.usage.only_empty': '--only braucht Prüfungs-IDs, z. B. --only signin-endpoints,clock',
  'cli.usage.only_none': '--only braucht mindestens eine Prüfungs-ID, z. B. --only signin-endpoints,clock',
  'cli.usage.unknown_check': 'unbekannte Prüfungs-ID „{id}“ (bekannt: {known})',
  'cli.usage.lang': '--lang braucht eines von: {langs}; erhalten: „{value}“',
  'cli.usage.unknown_option': 'unbekannte Option „{option}“',
  'cli.usage.json_format': '--json und --format {format} widersprechen sich',

  'cli.error.bad_config':
    'appleid-doctor: fehlerhafte Konfiguration: {error}{more, plural, =0 {} one { (und # weiterer Fehler)} other { (und # weitere Fehler)}}',
  'cli.error.managed': 'appleid-doctor: {problem}',
  'cli.error.report_unreadable': 'appleid-doctor: {path}: nicht lesbar',
  'cli.error.report_invalid': 'appleid-doctor: {path}: kein {schema}-Bericht ({where}: {detail})',
  'cli.error.report_not_json': 'appleid-doctor: {path}: kein gültiges JSON ({detail})',
  'cli.error.cannot_write': 'appleid-doctor: --output kann nicht geschrieben werden: {detail}',

  'cli.light.green': '● GRÜN',
  'cli.light.amber': '▲ GELB',
  'cli.light.red': '■ ROT',
  'cli.fix.heading': 'So behebst du es: {title}',
  'cli.more_fixes': '+{n, plural, one {# weitere Lösung} other {# weitere Lösungen}} ({names}): appleid-doctor --all',
  'cli.footer':
    'Geprüft in {duration}{skipped, plural, =0 {} one { · # macOS-Prüfung unter {os} nicht ausgeführt} other { · # macOS-Prüfungen unter {os} nicht ausgeführt}} · --json für den vollständigen Bericht',

  'cli.apple-log.heading': 'Was Apples Software gemeldet hat',
  'cli.apple-log.line': '{time}  {process}  {code}{count, plural, =1 {} other { ×#}} – {meaning} ({relation})',
  'cli.apple-log.line_cause': '{time}  {process}  {code}{count, plural, =1 {} other { ×#}} – {meaning} ({relation}: {cause})',
  'cli.apple-log.no_meaning': 'Bedeutung unbekannt',
  'cli.apple-log.more': '… {n} weitere in --json',
  'cli.apple-log.relation.primary': 'durch keine Netzwerkprüfung erklärt',
  'cli.apple-log.relation.explained': 'durch die aktuellen Prüfungen erklärt',
  'cli.apple-log.relation.corroborates': 'die aktuellen Prüfungen sehen es gerade auch',
  'cli.apple-log.relation.history': 'funktioniert inzwischen',
  'cli.apple-log.relation.info': 'zur Information',
};
