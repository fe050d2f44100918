/** de texts: namespace `repair`. */
import type { Translated } from '../en';
import type { repair as en } from '../en/repair';

export const repair: Translated<typeof en> = {
  'repair.flush-dns.button': 'DNS-Cache leeren',
  'repair.flush-dns.does': 'Dein Mac vergisst die gespeicherten DNS-Antworten und fragt neu nach. Es werden keine Einstellungen geändert.',
  'repair.flush-dns.fixed': 'Behoben – Apples Anmeldeserver werden wieder gefunden und antworten.',
  'repair.proxy-off.button': 'Proxy ausschalten',
  'repair.proxy-off.does':
    'Schaltet den Proxy, der nicht antwortet, für den Netzwerkdienst aus, bei dem er eingetragen ist. Die alten Werte bleiben gespeichert, damit du ihn wieder einschalten kannst.',
  'repair.proxy-off.fixed': 'Behoben – Apples Anmeldeserver antworten wieder.',
  'repair.proxy-on.button': 'Proxy wieder einschalten',
  'repair.proxy-on.does': 'Stellt die Proxy-Einstellungen, die diese App ausgeschaltet hat, genau so wieder her, wie sie waren.',
  'repair.proxy-on.fixed': 'Der Proxy ist wieder eingeschaltet und Apples Anmeldeserver antworten weiterhin.',
  'repair.auto-time-on.button': 'Uhrzeit automatisch einstellen',
  'repair.auto-time-on.does': 'Schaltet „Datum und Uhrzeit automatisch einstellen“ mit Apples Zeitserver time.apple.com ein.',
  'repair.auto-time-on.fixed': 'Behoben – dein Mac stellt seine Uhr wieder nach time.apple.com.',

  'repair.plan.target':
    '{kind, select, web {den Webproxy (HTTP) {server}} secure {den sicheren Webproxy (HTTPS) {server}} socks {den SOCKS-Proxy {server}} other {die automatische Proxykonfiguration}} für „{service}“',
  'repair.plan.proxy-off': 'Schaltet {targets} aus. Die alten Werte bleiben gespeichert, damit du ihn wieder einschalten kannst.',
  'repair.plan.proxy-on': 'Stellt {targets} wieder her, so wie es war, bevor diese App es ausgeschaltet hat.',

  'repair.manual.prepare-failed':
    'Diese App konnte die Reparatur nicht vorbereiten ({error}). {face, select, cli {Führe appleid-doctor check aus, um die Schritte zum Selbermachen zu sehen.} other {Folge stattdessen den Schritten unten.}}',
  'repair.manual.no-dead-proxy':
    'Die letzte Prüfung hat keinen System-Proxy gefunden, der ausfällt. {face, select, cli {Führe appleid-doctor check erneut aus oder folge den Schritten, die es zeigt.} other {Prüfe erneut oder folge den Schritten unten.}}',
  'repair.manual.no-services':
    'Diese App konnte die Liste der Netzwerkdienste nicht lesen. {face, select, cli {Führe appleid-doctor check aus, um die Schritte zum Selbermachen zu sehen.} other {Folge stattdessen den Schritten unten.}}',
  'repair.manual.unsafe-service':
    'Der Proxy ist bei einem Netzwerkdienst eingetragen, dessen Namen diese App nicht in einen Administratorbefehl übernimmt. {face, select, cli {Schalte ihn in Systemeinstellungen › Netzwerk aus.} other {Schalte ihn mit den Schritten unten in den Systemeinstellungen aus.}}',
  'repair.manual.service-not-found':
    'Diese App konnte nicht herausfinden, bei welchem Netzwerkdienst der Proxy eingetragen ist. {face, select, cli {Schalte ihn in Systemeinstellungen › Netzwerk aus.} other {Schalte ihn mit den Schritten unten in den Systemeinstellungen aus.}}',
  'repair.manual.nothing-saved': 'Diese App hat keinen Proxy ausgeschaltet. Richte einen Proxy in Systemeinstellungen › Netzwerk ein.',
  'repair.manual.no-services-undo': 'Diese App konnte die Liste der Netzwerkdienste nicht lesen. Verwende stattdessen Systemeinstellungen › Netzwerk.',
  'repair.manual.service-unusable':
    'Der Netzwerkdienst „{service}“ kann nicht verwendet werden: {problem}. Verwende stattdessen Systemeinstellungen › Netzwerk.',
  'repair.manual.unsafe-server':
    'Der gespeicherte Proxyserver ist keiner, den diese App in einen Befehl übernimmt. Verwende stattdessen Systemeinstellungen › Netzwerk.',
  'repair.service.bad-characters': 'sein Name enthält Zeichen, die diese App nicht in einen Administratorbefehl übernimmt',
  'repair.service.not-listed': 'er gehört nicht zu den Netzwerkdiensten, die dieser Mac auflistet',

  'repair.run.expired':
    'Diese Reparatur wurde vor zu langer Zeit vorbereitet. {face, select, cli {Führe den Befehl erneut aus.} other {Drücke ihre Taste noch einmal.}}',
  'repair.run.cancelled': 'Es wurde nichts geändert: Die Passwortabfrage wurde abgebrochen.',
  'repair.run.failed':
    'Das hat nicht geklappt: {reason}. {face, select, cli {Führe appleid-doctor check aus, um die Schritte zum Selbermachen zu sehen.} other {Folge stattdessen den Schritten unten.}}',
  'repair.run.recheck-failed':
    'Die Reparatur wurde ausgeführt, aber die erneute Prüfung konnte nicht laufen ({error}). {face, select, cli {Führe appleid-doctor check aus.} other {Klicke auf „Jetzt prüfen“.}}',
  'repair.run.still-wrong': 'Weiterhin ein Problem – {check}: {summary}',
  'repair.run.unknown': 'Die Reparatur wurde ausgeführt, aber die Prüfungen konnten nicht feststellen, ob sie gewirkt hat.',
  'repair.reason.spawn': 'die Administrator-Passwortabfrage konnte nicht gestartet werden ({error})',
  'repair.reason.timeout': 'keine Antwort in der vorgesehenen Zeit; die Reparatur wurde abgebrochen',
  'repair.reason.status': 'Exit-Status {status}',

  'repair.step.cancelled': '„{title}“: Passwortabfrage abgebrochen – nichts wurde geändert',
  'repair.step.failed': '„{title}“ fehlgeschlagen: {reason}',
  'repair.step.recheck-failed': '„{title}“ ausgeführt; die erneute Prüfung konnte nicht laufen',
  'repair.step.ran': '„{title}“ ausgeführt – {result}',

  'repair.cli.usage': `Verwendung: appleid-doctor fix [ID] [Optionen]

Ohne ID: prüft diesen Mac und listet die Reparaturen auf, die zum Ergebnis passen.
Mit ID: zeigt, was die Reparatur tut, und den genauen Befehl, fragt dich, führt ihn über die
Administrator-Passwortabfrage von macOS aus, prüft dann erneut und sagt, ob es gewirkt hat.

Reparaturen: {ids}

Optionen:
  --dry-run        Genau ausgeben, was laufen würde; nichts ändern
  -y, --yes        Im Voraus zustimmen (nötig, wenn es kein Terminal zum Fragen gibt)
  --json           Das Ergebnis als JSON ausgeben (Schema appleid-doctor/fix@1)
  --config FILE    Eine JSON-Konfigurationsdatei verwenden (wie bei appleid-doctor check)
  --data-dir DIR   Wo die App ihr Schrittprotokoll und die wiederherzustellenden Proxywerte ablegt
                   (Standard: {dataDir})
  -h, --help       Diese Hilfe anzeigen

Exit-Status beim Auflisten: 0 grün, 1 gelb, 2 rot (wie appleid-doctor check).
Exit-Status mit ID: 0 behoben, 1 weiterhin ein Problem, 2 die Reparatur ist fehlgeschlagen,
3 nichts wurde geändert (du hast abgelehnt oder die Passwortabfrage abgebrochen), 4 sie lief,
aber die Prüfungen konnten es nicht feststellen, 5 sie passt gerade nicht oder diese App kann
sie hier nicht ausführen (die Schritte zum Selbermachen gelten); --dry-run: 0 sie würde laufen,
5 wie oben. Immer: 64 falscher Aufruf (oder kein Terminal und kein --yes), 69 Reparaturen
brauchen macOS, 78 fehlerhafte Konfiguration.`,
  'repair.cli.usage-error': 'appleid-doctor fix: {message} (siehe appleid-doctor fix --help)',
  'repair.cli.bad-config': 'appleid-doctor: fehlerhafte Konfiguration: {error}{more, plural, =0 {} other { (und # weitere)}}',
  'repair.cli.arg.no-value': '{flag} nimmt keinen Wert',
  'repair.cli.arg.needs-value': '{flag} braucht {what, select, file {einen Dateipfad} other {einen Ordnerpfad}}',
  'repair.cli.arg.unknown': 'unbekannte Option „{option}“',
  'repair.cli.arg.one-at-a-time': 'eine Reparatur nach der anderen („{first}“ und „{second}“ angegeben)',
  'repair.cli.arg.needs-id': '{flag} braucht die ID einer Reparatur, z. B. appleid-doctor fix flush-dns --dry-run',
  'repair.cli.arg.dry-run-yes': '--dry-run und --yes widersprechen sich (ein Probelauf ändert nichts)',
  'repair.cli.unknown-id': 'unbekannte Reparatur „{id}“ (bekannt: {ids})',
  'repair.cli.needs-macos':
    'Reparaturen brauchen macOS: Sie ändern die Einstellungen dieses Mac mit den eigenen Werkzeugen von macOS (networksetup, systemsetup, dscacheutil), nach der Administrator-Passwortabfrage. Auf diesem Computer läuft {os}; es wurde nichts geändert.',
  'repair.cli.list.heading': '{n, plural, one {Eine Reparatur passt} other {# Reparaturen passen}} zum Ergebnis der Prüfung: {headline}',
  'repair.cli.list.none': 'Keine Reparatur passt zum Ergebnis der Prüfung: {headline}',
  'repair.cli.list.how': 'Ausführen mit: appleid-doctor fix ID (mit --dry-run siehst du genau, was laufen würde)',
  'repair.cli.list.card': 'Hilfekarte: {card}',
  'repair.cli.list.undo': 'Stellt wieder her, was „{title}“ ausgeschaltet hat',
  'repair.cli.list.manual': 'Diese App kann das hier nicht tun: {reason}',
  'repair.cli.not-applicable': '„{title}“ passt nicht zum Ergebnis der Prüfung: {headline}. Es wurde nichts geändert.',
  'repair.cli.applicable': 'Passende Reparaturen: {ids}',
  'repair.cli.applicable-none': 'Gerade passt keine Reparatur.',
  'repair.cli.cannot': 'Diese App kann „{title}“ hier nicht ausführen. Es wurde nichts geändert.',
  'repair.cli.command-intro': 'Genau dieser Befehl läuft als Administrator; macOS fragt vorher nach deinem Passwort:',
  'repair.cli.dry-run-intro':
    'Probelauf – es wurde nichts geändert. Genau dieser Befehl würde als Administrator laufen (macOS würde vorher nach deinem Passwort fragen):',
  'repair.cli.ask': 'Fortfahren? [j/N] ',
  'repair.cli.yes-words': 'j|ja',
  'repair.cli.no-tty':
    'dieser Mac wird nicht ohne Nachfrage geändert: Führe den Befehl in einem Terminal aus, um gefragt zu werden, oder stimme mit --yes im Voraus zu. Es wurde nichts geändert.',
  'repair.cli.declined': 'Es wurde nichts geändert.',
  'repair.cli.waiting': 'Warte auf die Passwortabfrage von macOS …',
  'repair.cli.checking': 'Erneute Prüfung: {checks} …',
  'repair.cli.undo': 'Rückgängig machen: appleid-doctor fix {id}',
  'repair.cli.now': 'Die Prüfung sagt jetzt: {headline}',

  'repair.steps.title': 'Bereits versuchte Schritte',
  'repair.steps.hint': 'Was du in dieser App getan hast, mit Uhrzeit. Der Apple Support fragt nach dieser Liste; sie steht auch im Bericht.',
  'repair.steps.none':
    'Noch nichts. Wenn du eine Einstellung öffnest, einen Befehl kopierst, eine Reparatur ausführst oder erneut prüfst, erscheint es hier mit Uhrzeit.',
  'repair.steps.earlier': '{n, plural, one {# früherer Schritt steht} other {# frühere Schritte stehen}} im Bericht.',
  'repair.steps.light': 'danach {light, select, green {grün} amber {gelb} other {rot}}',
  'repair.steps.error': 'Die Schritte konnten nicht gelesen werden: {error}',
};
