/**
 * de texts: namespace `fixes` (du-form, Apple's German terms: shared/i18n/glossary/de.ts).
 * Pane and menu paths as on a German Mac (Apple Mac User Guide, support.apple.com/de-de/guide/mac-help).
 */
import type { Translated } from '../en';
import type { fixes as en } from '../en/fixes';

export const fixes: Translated<typeof en> = {
  'fixes.app.keychain-access': 'Schlüsselbundverwaltung',
  'fixes.app.terminal': 'Terminal',
  'fixes.plan.affected.push': 'Push-Mitteilungen',
  'fixes.plan.affected.captive-portal': 'die Prüfung auf eine WLAN-Anmeldeseite',
  'fixes.plan.affected.dns': 'die DNS-Prüfung',
  'fixes.plan.affected.clock': 'die Uhrzeitprüfung',
  'fixes.plan.affected.apple-status': 'Apples Statusseite',
  'fixes.plan.also-affected':
    'Ebenfalls betroffen: {list} — {count, plural, one {das sollte} other {die sollten}} wieder funktionieren, {family, select, dns {sobald DNS funktioniert} tcp {sobald dieses Netzwerk Apples Server durchlässt} proxy {sobald der Proxy funktioniert} net {sobald dieser Mac online ist} captive {sobald du dich bei diesem WLAN angemeldet hast} other {sobald das behoben ist}}.',
  'fixes.plan.count.problems': '{n, plural, one {# Problem} other {# Probleme}}',
  'fixes.plan.count.affected':
    '{n, plural, one {# weitere Prüfung konnte} other {# weitere Prüfungen konnten}} {problems, plural, one {deshalb} other {wegen des ersten}} nicht zu Ende laufen',
  'fixes.plan.count.could-not-run': '{n, plural, one {# Prüfung konnte} other {# Prüfungen konnten}} nicht laufen',
  'fixes.card.network-offline.title': 'Bring diesen Mac wieder online',
  'fixes.card.network-offline.why': 'Ohne funktionierende Netzwerkverbindung kann dieser Mac Apple überhaupt nicht erreichen.',
  'fixes.card.network-offline.step0':
    'Prüfe, ob WLAN eingeschaltet und mit einem Netzwerk verbunden ist oder ob das Ethernet-Kabel steckt (Systemeinstellungen › WLAN oder Systemeinstellungen › Netzwerk).',
  'fixes.action.open-wi-fi-settings': 'WLAN-Einstellungen öffnen',
  'fixes.card.network-offline.step1':
    'Öffne eine beliebige Website im Browser. Lädt nichts, starte deinen Router oder dein Modem neu und warte, bis die Lämpchen ruhig leuchten.',
  'fixes.card.network-offline.step2':
    'Immer noch offline? Verbinde dich mit einem anderen Netzwerk, zum Beispiel dem Persönlichen Hotspot deines iPhone, um zu sehen, ob es an diesem Netzwerk liegt.',
  'fixes.card.network-offline.step3': 'Prüfe erneut, sobald der Mac verbunden ist.',
  'fixes.action.check-again': 'Erneut prüfen',
  'fixes.card.captive-portal-login.title': 'Melde dich bei diesem WLAN an',
  'fixes.card.captive-portal-login.why':
    'Netzwerke in Hotels, Flughäfen, Cafés und Gastnetze halten allen Verkehr zurück, bis du auf einer Webseite die Bedingungen akzeptierst oder dich anmeldest. Bis dahin kommt die Apple-Anmeldung nicht durch.',
  'fixes.card.captive-portal-login.step0':
    'Öffne einen Webbrowser und gehe zu http://captive.apple.com (einfaches http, nicht https). Statt einer Seite mit „Success“ sollte die Anmelde- oder Bedingungsseite des Netzwerks erscheinen.',
  'fixes.card.captive-portal-login.step1': 'Melde dich auf dieser Seite an oder akzeptiere die Bedingungen und warte dann ein paar Sekunden.',
  'fixes.card.captive-portal-login.step2':
    'Erscheint keine Anmeldeseite, schalte WLAN aus und wieder ein oder ignoriere das Netzwerk und verbinde dich erneut (Systemeinstellungen › WLAN).',
  'fixes.card.captive-portal-login.step3': 'Oder verbinde dich mit einem anderen Netzwerk, zum Beispiel dem Persönlichen Hotspot deines iPhone.',
  'fixes.card.captive-portal-login.step4': 'Prüfe nach der Anmeldung erneut.',
  'fixes.card.dns-server-failing.title': 'Repariere oder ersetze den DNS-Server',
  'fixes.card.dns-server-failing.why':
    'DNS übersetzt die Servernamen von Apple in Adressen. Wenn der DNS-Server versagt, nicht rechtzeitig antwortet oder ablehnt, findet dieser Mac die Anmeldeserver von Apple nicht.',
  'fixes.card.dns-server-failing.step0': 'Starte deinen Router oder dein Modem neu: Viele DNS-Probleme zu Hause sind ein Router, der einen Neustart braucht.',
  'fixes.card.dns-server-failing.step1':
    'Verbinde dich mit einem anderen Netzwerk (zum Beispiel dem Persönlichen Hotspot deines iPhone) und prüfe erneut. Klappt es dort, liegt es am DNS-Server des ersten Netzwerks.',
  'fixes.action.check-dns-again': 'DNS erneut prüfen',
  'fixes.card.dns-server-failing.step2':
    'Sieh nach, welche DNS-Server dieser Mac nutzt: Systemeinstellungen › Netzwerk › (dein WLAN- oder Ethernet-Dienst) › Details … › DNS. Entferne Server, die du von Hand hinzugefügt hast und nicht mehr brauchst; graue Einträge kommen vom Router und lassen sich dort nicht entfernen.',
  'fixes.action.open-network-settings': 'Netzwerkeinstellungen öffnen',
  'fixes.card.dns-server-failing.step3':
    'Leere nach dem Ändern der DNS-Einstellungen den DNS-Cache: Kopiere diesen Befehl, füge ihn im Terminal ein und gib dein Administratorpasswort ein.',
  'fixes.action.copy-dns-flush-command': 'Befehl zum Leeren des DNS-Cache kopieren',
  'fixes.note.copy-dns-flush-command':
    'Löscht die auf diesem Mac gespeicherten DNS-Antworten, damit er neu fragt. Füge ihn im Terminal ein; er fragt nach einem Administratorpasswort. Er ändert keine Einstellungen.',
  'fixes.step.flush-dns-repair':
    'Oder lass diese App den DNS-Cache für dich leeren: Sie zeigt dir zuerst den Befehl, und macOS fragt nach deinem Administratorpasswort.',
  'fixes.card.dns-server-failing.step5':
    'In einem Firmen- oder Schulnetz sag dem Netzwerkbetreiber, dass der DNS-Server für appleid.apple.com und idmsa.apple.com versagt.',
  'fixes.step.check-again': 'Prüfe erneut.',
  'fixes.card.dns-filter-blocks-apple.title': 'Lass Apple durch deinen DNS-Filter',
  'fixes.card.dns-filter-blocks-apple.why':
    'Ein DNS-Filter (Werbeblocker, Kindersicherung, Sicherheits-DNS, Pi-hole, Filter im Router) beantwortet Anfragen nach Apples Anmeldeservern mit einer falschen oder privaten Adresse, sodass die Anmeldung ins Leere geht.',
  'fixes.card.dns-filter-blocks-apple.step0':
    'Nutzt du einen werbeblockierenden oder filternden DNS-Dienst oder eine solche App, pausiere sie oder setze apple.com, icloud.com und cdn-apple.com auf ihre Liste erlaubter Domains.',
  'fixes.card.dns-filter-blocks-apple.step1': 'Hat dein Router eine Kindersicherung oder einen „Safe Browsing“-Filter, prüfe, dass er Apple nicht blockiert.',
  'fixes.card.dns-filter-blocks-apple.step2':
    'Pausiere oder beende Inhaltsfilter-, Kindersicherungs- und „Webschutz“-Apps auf diesem Mac. Ab macOS 15 zeigt Systemeinstellungen › Allgemein › Anmeldeobjekte & Erweiterungen die Netzwerkerweiterungen, die sie installieren; unter macOS 13–14 nutze die Einstellungen der App selbst.',
  'fixes.action.open-login-items-extensions': 'Anmeldeobjekte & Erweiterungen öffnen',
  'fixes.card.dns-filter-blocks-apple.step3':
    'In einem Firmen- oder Schulnetz bitte die IT, die Apple-Hosts aus Apples Artikel zu Unternehmensnetzwerken freizugeben.',
  'fixes.action.apple-hosts-and-ports': 'Apple-Hosts und -Ports',
  'fixes.card.dns-filter-blocks-apple.step4': 'Leere nach dem Ändern eines Filters den DNS-Cache (dafür brauchst du dein Administratorpasswort).',
  'fixes.card.dns-answers-tampered.title': 'Nutze einen DNS-Server, der ehrlich antwortet',
  'fixes.card.dns-answers-tampered.why':
    'Der DNS-Server dieses Netzwerks nennt für Apples Anmeldeserver eine andere Adresse, die nicht Apple gehört. Die Verbindung landet dann am falschen Ort.',
  'fixes.card.dns-answers-tampered.step0':
    'Verbinde dich mit einem anderen Netzwerk, zum Beispiel dem Persönlichen Hotspot deines iPhone, und prüfe erneut, um zu bestätigen, dass es am Netzwerk liegt.',
  'fixes.card.dns-answers-tampered.step1':
    'In deinem eigenen Netzwerk: Ersetze unter Systemeinstellungen › Netzwerk › (Dienst) › Details … › DNS oder im Router den DNS-Server durch den deines Internetanbieters oder einen bekannten öffentlichen DNS-Dienst. Mach das später rückgängig, falls lokale Namen nicht mehr funktionieren.',
  'fixes.card.dns-answers-tampered.step2': 'Leere nach dem Ändern der DNS-Server den DNS-Cache (dafür brauchst du dein Administratorpasswort).',
  'fixes.card.dns-answers-tampered.step4':
    'In einem Firmen-, Schul- oder öffentlichen Netzwerk ändere kein DNS: Melde die falschen Antworten für appleid.apple.com dem Netzwerkbetreiber.',
  'fixes.card.network-blocks-apple.title': 'Umgehe die Sperre in diesem Netzwerk',
  'fixes.card.network-blocks-apple.why':
    'Etwas zwischen diesem Mac und Apple – eine Firewall, ein Filter, eine Sicherheits-App oder das Netzwerk selbst – blockiert oder kappt Verbindungen zu Apples Anmeldeservern.',
  'fixes.card.network-blocks-apple.step0':
    'Verbinde dich mit einem anderen Netzwerk, zum Beispiel dem Persönlichen Hotspot deines iPhone, und prüfe erneut. Klappt es dort, blockiert dieses Netzwerk Apple.',
  'fixes.card.network-blocks-apple.step1': 'Schalte VPN-, Proxy-, Werbeblocker- und „Webschutz“-Apps kurz aus und prüfe dann erneut.',
  'fixes.card.network-blocks-apple.step2': 'Starte deinen Router oder dein Modem neu, wenn das dein Heimnetz ist.',
  'fixes.card.network-blocks-apple.step3':
    'In einem Firmen-, Schul- oder öffentlichen Netzwerk bitte den Betreiber, ausgehendes HTTPS (TCP 443) zu Apple zu erlauben (17.0.0.0/8 und die Hosts aus Apples Artikel zu Unternehmensnetzwerken).',
  'fixes.card.proxy-leftover.title': 'Schalte einen Proxy aus, den du nicht nutzt',
  'fixes.card.proxy-leftover.why':
    'Dieser Mac schickt Webverkehr an einen Proxy, der nicht funktioniert. Deinstallierte VPN-, Proxy- und „Privatsphäre“-Apps lassen diese Einstellung oft zurück.',
  'fixes.card.proxy-leftover.step0':
    'Lass diese App den Proxy, der nicht antwortet, auf dem Netzwerkdienst ausschalten, auf dem er eingestellt ist. Sie zeigt dir zuerst den Befehl, macOS fragt nach deinem Administratorpasswort, und du kannst ihn danach wieder einschalten.',
  'fixes.card.proxy-leftover.step1': 'Oder mach es selbst: Öffne Systemeinstellungen › Netzwerk › (dein WLAN- oder Ethernet-Dienst) › Details … › Proxys.',
  'fixes.card.proxy-leftover.step2':
    'Schalte jeden Proxy aus, den du nicht kennst oder nicht mehr nutzt (Webproxy, sicherer Webproxy, SOCKS-Proxy, automatische Proxykonfiguration), und klicke dann auf „OK“.',
  'fixes.card.proxy-leftover.step3': 'Mach das für jeden Netzwerkdienst, den du nutzt (WLAN und Ethernet haben jeweils eigene Proxy-Einstellungen).',
  'fixes.card.proxy-leftover.step4':
    'Sind die Proxy-Einstellungen ausgegraut oder kommen sie zurück, hat ein Konfigurationsprofil sie gesetzt: Dieser Mac wird verwaltet, frag also deine IT-Abteilung, statt sie zu ändern.',
  'fixes.card.proxy-leftover.step5':
    'Ist noch eine Proxy-App installiert und nutzt du sie, öffne sie und sorge dafür, dass sie läuft, oder beende sie, damit sie ihre Proxy-Einstellung entfernt.',
  'fixes.card.proxy-sign-in.title': 'Der Proxy verlangt eine Anmeldung',
  'fixes.card.proxy-sign-in.why':
    'Der Proxy, den dieser Mac nutzt, will Benutzername und Passwort. Hintergrunddienste von macOS, auch die Anmeldung beim Apple Account, können diese Anfrage nicht immer beantworten.',
  'fixes.card.proxy-sign-in.step0':
    'Ist das ein Firmen- oder Schul-Proxy, frag die IT, ob Apple-Dienste für die Apple-Hosts aus Apples Artikel zu Unternehmensnetzwerken ohne Proxy-Authentifizierung durchgelassen werden können.',
  'fixes.card.proxy-sign-in.step1':
    'Weißt du nicht, warum ein Proxy eingestellt ist, schalte ihn aus unter Systemeinstellungen › Netzwerk › (dein WLAN- oder Ethernet-Dienst) › Details … › Proxys.',
  'fixes.card.proxy-not-working.title': 'Der Proxy erreicht Apple nicht',
  'fixes.card.proxy-not-working.why': 'Der Proxy, den dieser Mac nutzt, läuft, scheitert aber oder hängt, wenn er sich mit Apple verbinden soll.',
  'fixes.card.proxy-not-working.step0':
    'Brauchst du in diesem Netzwerk keinen Proxy, schalte ihn aus unter Systemeinstellungen › Netzwerk › (dein WLAN- oder Ethernet-Dienst) › Details … › Proxys.',
  'fixes.card.proxy-not-working.step1': 'Hat eine Proxy-App (VPN, Privatsphäre- oder Entwicklerwerkzeug) ihn gesetzt, starte diese App neu oder beende sie.',
  'fixes.card.proxy-not-working.step2':
    'Auf einem verwalteten Mac oder in einem Firmennetz bitte die IT, den Proxy die Apple-Hosts aus Apples Artikel zu Unternehmensnetzwerken ohne HTTPS-Prüfung erreichen zu lassen.',
  'fixes.card.proxy-pac-unavailable.title': 'Automatisches Proxy-Skript nicht verfügbar',
  'fixes.card.proxy-pac-unavailable.why':
    'Dieser Mac soll ein Proxy-Konfigurationsskript (PAC-Datei) laden, aber das Skript ließ sich nicht laden. Ohne es gehen Verbindungen womöglich ins Leere.',
  'fixes.card.proxy-pac-unavailable.step0':
    'Öffne Systemeinstellungen › Netzwerk › (dein WLAN- oder Ethernet-Dienst) › Details … › Proxys und sieh dir „Automatische Proxykonfiguration“ an.',
  'fixes.card.proxy-pac-unavailable.step1':
    'Bist du nicht in dem Netzwerk, das dieses Skript bereitstellt (zum Beispiel zu Hause mit einem Firmen-Laptop), schalte es aus, solange du unterwegs bist, oder verbinde dich zuerst mit dem Firmen-VPN.',
  'fixes.card.proxy-pac-unavailable.step2':
    'Auf einem verwalteten Mac kommt die Einstellung von der IT: Sag ihr, dass die im Bericht gezeigte URL des Proxy-Skripts nicht geladen werden konnte.',
  'fixes.card.vpn-disconnect-test.title': 'Versuch es ohne VPN',
  'fixes.card.vpn-disconnect-test.why':
    'Ein VPN leitet Apple-Verkehr über ein anderes Netzwerk. Manche VPN-Server werden von Apple blockiert, gebremst oder markiert, und die Anmeldung scheitert nur, solange das VPN aktiv ist.',
  'fixes.card.vpn-disconnect-test.step0':
    'Trenne das VPN in seiner eigenen App oder unter Systemeinstellungen › VPN (VPN-Konfigurationen stehen auch unter Systemeinstellungen › Netzwerk).',
  'fixes.action.open-vpn-settings': 'VPN-Einstellungen öffnen',
  'fixes.card.vpn-disconnect-test.step1': 'Melde dich bei deinem Apple Account an, während das VPN aus ist, und verbinde es danach wieder.',
  'fixes.card.vpn-disconnect-test.step2':
    'Scheitert die Anmeldung nur mit VPN, wähle einen anderen VPN-Server oder Standort oder nutze die Split-Tunneling-Option der App, um Apple-Verkehr direkt zu senden.',
  'fixes.card.vpn-disconnect-test.step3':
    'Bei einem Firmen-VPN frag die IT, ob Apple-Verkehr am Tunnel vorbeigehen darf, wie Apple es für seine Dienste empfiehlt.',
  'fixes.card.vpn-split-dns.title': 'Das VPN übernimmt Apples DNS',
  'fixes.card.vpn-split-dns.why':
    'Ein VPN oder Konfigurationsprofil lässt diesen Mac den eigenen DNS-Server des VPN nach apple.com fragen. Kann dieser Server für Apple nicht antworten, scheitert die Anmeldung.',
  'fixes.card.vpn-split-dns.step0': 'Trenne das VPN und prüfe erneut, um es zu bestätigen.',
  'fixes.card.vpn-split-dns.step1': 'Prüfe erneut, während das VPN aus ist.',
  'fixes.card.vpn-split-dns.step2':
    'Bei einem Firmen-VPN: Bitte die IT, apple.com aus den DNS-Domains des VPN zu entfernen oder den DNS-Server des VPN Apple-Hosts korrekt beantworten zu lassen. Der Bericht nennt den Resolver, der apple.com an sich zieht.',
  'fixes.card.vpn-split-dns.step3': 'Leere nach der VPN-Änderung den DNS-Cache (dafür brauchst du dein Administratorpasswort).',
  'fixes.card.proxy-app-fake-ip.title': 'Eine Proxy-App fängt DNS ab',
  'fixes.card.proxy-app-fake-ip.why':
    'Eine Proxy- oder VPN-App (oft im „Fake-IP“-, „Enhanced“- oder TUN-Modus) beantwortet DNS mit Platzhalteradressen 198.18.x.x, und ihr Tunnel liefert den Apple-Verkehr nicht aus.',
  'fixes.card.proxy-app-fake-ip.step0': 'Beende die Proxy-App vollständig oder schalte ihren Systemproxy-, Enhanced- oder TUN-Modus aus und prüfe dann erneut.',
  'fixes.card.proxy-app-fake-ip.step1':
    'Brauchst du die App, füge eine Regel hinzu, damit apple.com, icloud.com und ihre Subdomains direkt verbinden, oder prüfe, ob ihr aktueller Server funktioniert.',
  'fixes.card.proxy-app-fake-ip.step2': 'Leere nach dem Beenden der App den DNS-Cache (dafür brauchst du dein Administratorpasswort).',
  'fixes.card.push-ports-blocked.title': 'Lass Apple-Push-Mitteilungen durch',
  'fixes.card.push-ports-blocked.why':
    'Apple-Push-Mitteilungen bringen Anmeldefreigaben und Bestätigungscodes auf deine Geräte. Sie brauchen ausgehenden TCP-Port 5223 zu Apple; Port 443 ist nur ein Ausweichweg (im WLAN).',
  'fixes.card.push-ports-blocked.step0':
    'Verbinde dich mit einem anderen Netzwerk, zum Beispiel dem Persönlichen Hotspot deines iPhone, und prüfe erneut. Gast- und öffentliche WLANs blockieren oft Port 5223.',
  'fixes.card.push-ports-blocked.step1': 'Schalte VPN- sowie Firewall- oder „Netzwerkschutz“-Apps kurz aus und prüfe erneut.',
  'fixes.card.push-ports-blocked.step2':
    'Für den Netzwerkbetreiber: Ausgehendes TCP 5223 und 443 zu 17.0.0.0/8 (Apples Netz) erlauben. Ein Proxy darf den Ausweichweg über Port 443 nur tragen, wenn er den Verkehr unentschlüsselt durchreicht.',
  'fixes.action.apples-push-notification-ports': 'Apples Ports für Push-Mitteilungen',
  'fixes.card.tls-inspection-user.title': 'Stoppe das HTTPS-Scannen des Apple-Verkehrs',
  'fixes.card.tls-inspection-user.why':
    'Eine Sicherheits-App oder ein Firmen-Proxy öffnet die sichere Verbindung zu Apple, um sie zu prüfen. Apple lehnt die Anmeldung über eine solche Prüfung ab, deshalb muss sie für Apple ausgeschaltet werden.',
  'fixes.card.tls-inspection-user.step0':
    'Nutzt du Antiviren- oder Internetsicherheitssoftware, öffne sie und schalte ihre Option „HTTPS-Scan“, „Webschutz“, „SSL-Filterung“ oder „Scannen verschlüsselter Verbindungen“ aus (oder nimm apple.com aus), dann prüfe erneut.',
  'fixes.card.tls-inspection-user.step1':
    'Kindersicherungs- und Werbeblocker-Apps, die ein eigenes Zertifikat installieren, tun dasselbe: Pausiere sie und prüfe erneut.',
  'fixes.card.tls-inspection-user.step2':
    'Auf einem Firmen-, Schul- oder verwalteten Mac versuch nicht, das zu umgehen: Bitte die IT, Apples Hosts von der SSL/HTTPS-Prüfung auszunehmen (der Bericht zeigt, welcher Zertifikataussteller die Verbindung abgefangen hat).',
  'fixes.card.tls-inspection-user.step3':
    'Verbinde dich zur Bestätigung mit einem anderen Netzwerk, zum Beispiel dem Persönlichen Hotspot deines iPhone: Klappt die Anmeldung dort, findet die Prüfung in diesem Netzwerk statt.',
  'fixes.card.tls-inspection-admin.title': 'Nimm Apple-Hosts von der SSL-Prüfung aus',
  'fixes.card.tls-inspection-admin.why':
    'Laut Apple scheitern seine Dienste bei jeder Verbindung mit HTTPS-Interception (SSL-Prüfung). Proxy oder Firewall müssen Apple-Verkehr unverändert durchlassen.',
  'fixes.card.tls-inspection-admin.step0':
    'Öffne Apples Artikel „Apple-Produkte in Unternehmensnetzwerken verwenden“ und setze jeden dort genannten Host für Apple Account, iCloud, Push und App Store auf die Ausnahmeliste der SSL/HTTPS-Prüfung.',
  'fixes.action.open-apples-host-list': 'Apples Host-Liste öffnen',
  'fixes.card.tls-inspection-admin.step1':
    'Nimm mindestens appleid.apple.com, appleid.cdn-apple.com, idmsa.apple.com, gsa.apple.com und *.push.apple.com aus oder das ganze Netz 17.0.0.0/8.',
  'fixes.card.tls-inspection-admin.step2':
    'Lass diese Hosts nach Möglichkeit ohne Proxy-Authentifizierung durch: Hintergrunddienste von macOS können nicht immer Proxy-Zugangsdaten liefern.',
  'fixes.card.tls-inspection-admin.step3': 'Bitte die Person, erneut zu prüfen, sobald die Richtlinie angewendet ist.',
  'fixes.card.tls-certificate-problem.title': 'Zertifikat nicht akzeptiert',
  'fixes.card.tls-certificate-problem.why':
    'Der Server, der geantwortet hat, hat kein gültiges Zertifikat für Apple vorgelegt. Entweder geht die Uhr dieses Mac falsch, oder etwas im Netzwerk gibt sich als Apple aus.',
  'fixes.card.tls-certificate-problem.step0':
    'Stell zuerst sicher, dass Datum und Uhrzeit dieses Mac stimmen (siehe die Karte zur Uhrzeit); eine falsche Uhr lässt gültige Zertifikate abgelaufen oder noch nicht gültig aussehen.',
  'fixes.action.open-date-time': 'Datum & Uhrzeit öffnen',
  'fixes.card.tls-certificate-problem.step1':
    'Verbinde dich mit einem anderen Netzwerk, zum Beispiel dem Persönlichen Hotspot deines iPhone, und prüfe erneut.',
  'fixes.card.tls-certificate-problem.step2':
    'Scheitert es nur in diesem Netzwerk, fängt eine Sicherheits-App oder das Netzwerk die Verbindung ab: Sieh dir die Karte zum HTTPS-Scannen an oder sag es dem Netzwerkbetreiber.',
  'fixes.card.clock-set-automatically.title': 'Stell Datum und Uhrzeit automatisch ein',
  'fixes.card.clock-set-automatically.why':
    'Sichere Verbindungen und Bestätigungscodes hängen von der richtigen Uhrzeit ab. Stellt der Mac seine Uhr automatisch über Apples Zeitserver, bleibt sie richtig.',
  'fixes.card.clock-set-automatically.step0': 'Öffne Systemeinstellungen › Allgemein › Datum & Uhrzeit.',
  'fixes.card.clock-set-automatically.step1':
    'Schalte „Datum und Uhrzeit automatisch einstellen“ ein und achte darauf, dass die Quelle time.apple.com ist (eventuell brauchst du ein Administratorpasswort).',
  'fixes.card.clock-set-automatically.step2':
    'Oder lass diese App es mit time.apple.com für dich einschalten: Sie zeigt dir zuerst den Befehl, und macOS fragt nach deinem Administratorpasswort.',
  'fixes.card.clock-set-automatically.step3':
    'Schalte „Zeitzone automatisch anhand deines aktuellen Standorts einstellen“ ein oder wähle die richtige Zeitzone von Hand.',
  'fixes.card.clock-step-now.title': 'Stell die Uhr jetzt richtig',
  'fixes.card.clock-step-now.why':
    'Selbst mit automatischer Zeit kann eine Uhr, die weit danebenliegt, eine Weile brauchen, um aufzuholen. Du kannst sie sofort über Apples Zeitserver richtig stellen.',
  'fixes.step.make-sure-set-time-and-date':
    'Stell sicher, dass „Datum und Uhrzeit automatisch einstellen“ unter Systemeinstellungen › Allgemein › Datum & Uhrzeit eingeschaltet ist.',
  'fixes.card.clock-step-now.step1':
    'Um die Uhr sofort zu korrigieren, kopiere diesen Befehl, füge ihn im Terminal ein und gib dein Administratorpasswort ein.',
  'fixes.action.copy-clock-correction-command': 'Befehl zum Stellen der Uhr kopieren',
  'fixes.note.copy-clock-correction-command':
    'Fragt Apples Zeitserver (time.apple.com) nach der Uhrzeit und stellt die Uhr dieses Mac einmal danach. Braucht ein Administratorpasswort. Ändert keine Einstellungen.',
  'fixes.card.clock-unverifiable.title': 'Zeitserver nicht erreichbar',
  'fixes.card.clock-unverifiable.why':
    'Dieser Mac konnte Apples Zeitserver nicht erreichen und kann seine Uhr in diesem Netzwerk daher nicht automatisch richtig halten. Das ist harmlos, solange die Uhr noch stimmt.',
  'fixes.card.clock-unverifiable.step0':
    'Vergleiche die Uhr in der Menüleiste mit deinem Telefon. Stimmen sie auf wenige Sekunden überein, ist jetzt nichts zu tun.',
  'fixes.card.clock-unverifiable.step2': 'Für den Netzwerkbetreiber: Ausgehenden UDP-Port 123 zu time.apple.com (Apples Zeitdienst) erlauben.',
  'fixes.card.clock-unverifiable.step3': 'Prüfe in einem anderen Netzwerk erneut.',
  'fixes.card.apple-outage-wait.title': 'Warte, bis Apple es behebt',
  'fixes.card.apple-outage-wait.why':
    'Apple meldet ein Problem mit einem Dienst, von dem die Anmeldung abhängt. Auf diesem Mac gibt es nichts zu reparieren; Einstellungen jetzt zu ändern, kann nur neue Probleme schaffen.',
  'fixes.card.apple-outage-wait.step0': 'Öffne Apples Systemstatus-Seite, um die betroffenen Dienste und Apples neueste Meldung zu sehen.',
  'fixes.action.open-apple-system-status': 'Apple-Systemstatus öffnen',
  'fixes.card.apple-outage-wait.step1': 'Setze während der Störung keine Passwörter zurück, lösche keine Schlüsselbundeinträge und melde dich nicht ab.',
  'fixes.card.apple-outage-wait.step2':
    'Schalte in den Einstellungen dieser App „Benachrichtigen, wenn Apple Account wieder da ist“ ein, um eine Mitteilung zu bekommen, sobald die Anmeldung wieder funktioniert.',
  'fixes.step.check-again-later': 'Prüfe später erneut.',
  'fixes.card.apple-status-check-manually.title': 'Sieh selbst auf Apples Statusseite nach',
  'fixes.card.apple-status-check-manually.why':
    'Diese App konnte Apples Systemstatus nicht lesen, daher lässt sich ein Problem auf Apples Seite nicht automatisch ausschließen.',
  'fixes.card.apple-status-check-manually.step0':
    'Öffne Apples Systemstatus-Seite und sieh dir „Apple Account“, „iCloud-Account und Anmeldung“ und „App Store“ an.',
  'fixes.card.apple-status-check-manually.step1': 'Zeigt ein Dienst ein Problem, warte, bis Apple es löst.',
  'fixes.card.apple-server-error.title': 'Apples Server hat Probleme',
  'fixes.card.apple-server-error.why':
    'Apples Anmeldeserver hat geantwortet, aber mit einem Fehler oder gar nicht. Das ist meist vorübergehend und liegt bei Apple – oder etwas unterwegs schreibt den Verkehr um.',
  'fixes.card.apple-server-error.step0': 'Sieh auf Apples Systemstatus-Seite nach einem gemeldeten Problem.',
  'fixes.card.apple-server-error.step1': 'Warte ein paar Minuten und prüfe erneut.',
  'fixes.card.apple-server-error.step2':
    'Scheitert es dauerhaft nur in diesem Netzwerk, probier ein anderes (zum Beispiel den Persönlichen Hotspot deines iPhone): Vielleicht stört ein Proxy oder Filter.',
  'fixes.card.apple-rate-limited.title': 'Zu viele Versuche – warte',
  'fixes.card.apple-rate-limited.why':
    'Apples Server hat dieses Netzwerk gebeten, langsamer zu machen. Wiederholte Anmeldeversuche oder viele Menschen hinter einer Internetadresse (Büro, Schule, VPN) können das auslösen.',
  'fixes.card.apple-rate-limited.step0': 'Hör eine Weile auf, dich anzumelden; jeder Versuch kann die Wartezeit verlängern.',
  'fixes.card.apple-rate-limited.step1': 'Nutzt du ein VPN, trenne es: VPN-Adressen teilen sich viele Menschen.',
  'fixes.card.diagnostic-could-not-run.title': 'Diese Prüfung konnte nicht laufen',
  'fixes.card.diagnostic-could-not-run.why':
    'Ein Teil der Diagnose ließ sich auf diesem Mac nicht ausführen. Das ist kein Urteil über die Anmeldung: Die anderen Prüfungen zählen weiterhin.',
  'fixes.card.diagnostic-could-not-run.step0':
    'Führe die Prüfungen erneut aus; auf einem ausgelasteten Mac kann ein Werkzeug in eine Zeitüberschreitung laufen.',
  'fixes.card.diagnostic-could-not-run.step1': 'Scheitert es weiterhin, starte den Mac neu und prüfe erneut.',
  'fixes.card.diagnostic-could-not-run.step2':
    'Scheitert es immer noch, exportiere den Bericht aus dieser App und füge ihn bei, wenn du dich an den Apple Support wendest.',
  'fixes.action.contact-apple-support': 'Apple Support kontaktieren',
  'fixes.card.keychain-update-password.title': 'Gib dein aktuelles Passwort für deinen Apple Account ein',
  'fixes.card.keychain-update-password.why':
    'Wurde das Passwort deines Apple Accounts auf einem anderen Gerät geändert, hat dieser Mac womöglich noch das alte und fragt immer wieder nach einem Passwort.',
  'fixes.card.keychain-update-password.step0':
    'Öffne die Systemeinstellungen und klicke oben in der Seitenleiste auf deinen Namen („Apple-ID“ unter macOS 13–14, „Apple Account“ ab macOS 15). Wirst du gebeten, deine Accounteinstellungen zu aktualisieren oder dein Passwort einzugeben, tu das mit deinem aktuellen Passwort.',
  'fixes.action.open-apple-account-settings': 'Einstellungen für den Apple Account öffnen',
  'fixes.card.keychain-update-password.step1':
    'Kennst du dein aktuelles Passwort nicht, setze es auf iforgot.apple.com oder auf einem vertrauenswürdigen iPhone oder iPad zurück.',
  'fixes.action.reset-password': 'Passwort zurücksetzen',
  'fixes.card.keychain-update-password.step2': 'Starte den Mac neu und prüfe dann erneut.',
  'fixes.card.keychain-duplicates-cleanup.title': 'Doppelte Schlüsselbundeinträge deines Apple Accounts bereinigen (vorsichtig)',
  'fixes.card.keychain-duplicates-cleanup.why':
    'Im Schlüsselbund gibt es mehrere Kopien desselben Eintrags für deinen Apple Account; eine alte Kopie kann endlose Passwortabfragen auslösen. Wer den falschen Eintrag löscht, kann Passwörter verlieren – geh also langsam vor.',
  'fixes.card.keychain-duplicates-cleanup.step0':
    'Versuch zuerst die einfache Lösung: Gib dein aktuelles Passwort ein, wenn macOS fragt, starte neu und prüfe erneut. Mach nur weiter, wenn die Abfragen nicht aufhören.',
  'fixes.card.keychain-duplicates-cleanup.step1':
    'Sichere zuerst, und lösche oder setze niemals deinen ganzen Anmeldeschlüsselbund zurück. Erstelle ein Time Machine-Backup oder kopiere die Datei deines Anmeldeschlüsselbunds mit diesem Befehl.',
  'fixes.action.copy-backup-command': 'Befehl für die Sicherung kopieren',
  'fixes.note.copy-backup-command':
    'Kopiert die Datei deines Anmeldeschlüsselbunds (weiterhin mit deinem Anmeldepasswort verschlüsselt) als Sicherung auf den Schreibtisch. Braucht kein Administratorpasswort und ändert nichts.',
  'fixes.card.keychain-duplicates-cleanup.step2':
    'Melde dich zuerst auf diesem Mac von deinem Apple Account ab: Systemeinstellungen › (dein Name) › Abmelden. Behalte eine Kopie deiner iCloud-Daten, wenn du gefragt wirst.',
  'fixes.card.keychain-duplicates-cleanup.step3':
    'Öffne die Schlüsselbundverwaltung (nutze Spotlight, wenn sie nicht unter Programme › Dienstprogramme liegt), wähle den Schlüsselbund „Anmeldung“ und suche nach den Eintragsnamen, die diese App als doppelt aufgeführt hat.',
  'fixes.action.open-keychain-access': 'Schlüsselbundverwaltung öffnen',
  'fixes.card.keychain-duplicates-cleanup.step4':
    'Lösche nur die älteren Duplikate dieser Einträge deines Apple Accounts – behalte den neuesten und lass alle anderen Einträge in Ruhe.',
  'fixes.card.keychain-duplicates-cleanup.step5':
    'Lösche keine Einträge im Schlüsselbund „iCloud“ (oder „Lokale Objekte“): iCloud-Schlüsselbundeinträge werden synchronisiert, ein gelöschter verschwindet also von all deinen Geräten.',
  'fixes.card.keychain-duplicates-cleanup.step6': 'Starte den Mac neu, melde dich wieder bei deinem Apple Account an und prüfe dann erneut.',
  'fixes.card.firewall-block-all.title': 'Schalte „Alle eingehenden Verbindungen blockieren“ aus',
  'fixes.card.firewall-block-all.why':
    'Diese Firewall-Option weist jede eingehende Verbindung außer grundlegenden Netzwerkdiensten ab. Das legt Freigabefunktionen lahm und kann einige Apple-Dienste stören. Die normale Firewall und der Tarnmodus sind in Ordnung.',
  'fixes.card.firewall-block-all.step0': 'Öffne Systemeinstellungen › Netzwerk › Firewall.',
  'fixes.action.open-firewall-settings': 'Firewall-Einstellungen öffnen',
  'fixes.card.firewall-block-all.step1':
    'Klicke auf „Optionen“, schalte „Alle eingehenden Verbindungen blockieren“ aus und klicke auf „OK“ (eventuell brauchst du ein Administratorpasswort). Die Firewall selbst und „Tarnmodus aktivieren“ kannst du eingeschaltet lassen.',
  'fixes.card.firewall-block-all.step2': 'Auf einem verwalteten Mac kann diese Einstellung von der IT kommen; frag dort nach, wenn sie gesperrt ist.',
  'fixes.card.macos-update.title': 'Aktualisiere macOS',
  'fixes.card.macos-update.why':
    'Die Anmeldung beim Apple Account und ihre Sicherheitsprüfungen ändern sich laufend; ein altes macOS kann damit aufhören zu funktionieren, und Updates beheben Anmeldefehler.',
  'fixes.card.macos-update.step0': 'Sichere zuerst mit Time Machine.',
  'fixes.card.macos-update.step1': 'Öffne Systemeinstellungen › Allgemein › Softwareupdate und installiere die angebotenen Updates.',
  'fixes.action.open-software-update': 'Softwareupdate öffnen',
  'fixes.card.macos-update.step2':
    'Wird kein neueres macOS angeboten, hat dieser Mac womöglich seine letzte unterstützte Version; installiere alle angezeigten Sicherheitsupdates.',
  'fixes.card.macos-update.step3': 'Starte neu und prüfe erneut.',
  'fixes.card.account-sign-in.title': 'Melde dich bei deinem Apple Account an',
  'fixes.card.account-sign-in.why':
    'Auf diesem Mac ist kein Apple Account angemeldet, daher sind iCloud, Nachrichten, FaceTime und App Store-Funktionen, die ihn brauchen, aus.',
  'fixes.card.account-sign-in.step0':
    'Öffne die Systemeinstellungen und klicke oben in der Seitenleiste auf „Anmelden“ („Mit deiner Apple-ID anmelden“ unter macOS 13–14, „Mit deinem Apple Account anmelden“ ab macOS 15).',
  'fixes.card.account-sign-in.step1':
    'Gib deine E-Mail-Adresse oder Telefonnummer und dein Passwort ein, dann den Bestätigungscode, der auf deinen anderen Apple-Geräten erscheint.',
  'fixes.card.account-sign-in.step2': 'Passwort vergessen? Setze es auf iforgot.apple.com zurück.',
  'fixes.card.account-password-reset.title': 'Setze das Passwort deines Apple Accounts zurück',
  'fixes.card.account-password-reset.why':
    'Wird das Passwort auf allen Geräten abgelehnt oder ist der Account gesperrt, hilft nur ein Zurücksetzen des Passworts oder die Accountwiederherstellung.',
  'fixes.card.account-password-reset.step0':
    'Ändere das Passwort auf einem vertrauenswürdigen iPhone oder iPad, das beim selben Account angemeldet ist, unter Einstellungen › (dein Name) › Anmelden & Sicherheit › Passwort ändern („Passwort & Sicherheit“ unter iOS 16 und früher).',
  'fixes.card.account-password-reset.step1':
    'Andernfalls gehe zu iforgot.apple.com und folge den Schritten, um das Passwort zurückzusetzen oder den Account zu entsperren. Auch das iPhone oder iPad eines Familienmitglieds mit der App „Apple Support“ oder ein Wiederherstellungskontakt kann helfen.',
  'fixes.action.open-iforgot-apple-com': 'iforgot.apple.com öffnen',
  'fixes.card.account-password-reset.step2':
    'Wenn nichts anderes hilft, bietet Apple die Accountwiederherstellung an: eine Wartezeit von mehreren Tagen oder länger. Nutze sie als letzten Ausweg, starte sie nur einmal und folge Apples Anweisungen – andere angemeldete Geräte in der Zwischenzeit zu benutzen, kann sie verzögern oder abbrechen.',
  'fixes.action.about-account-recovery': 'Über die Accountwiederherstellung',
  'fixes.card.account-password-reset.step3': 'Melde dich nach dem Zurücksetzen auf diesem Mac mit dem neuen Passwort wieder an.',
  'fixes.card.account-review-security.title': 'Überprüfe die Sicherheitsangaben deines Apple Accounts',
  'fixes.card.account-review-security.why':
    'Anmeldecodes gehen an deine vertrauenswürdigen Geräte und Telefonnummern. Sind diese veraltet, landen Codes auf einem Telefon oder Gerät, das du nicht mehr hast.',
  'fixes.card.account-review-security.step0':
    'Melde dich auf account.apple.com an und öffne „Anmelden und Sicherheit“, um deine vertrauenswürdigen Telefonnummern zu prüfen; füge eine Nummer hinzu, unter der du erreichbar bist, und entferne nicht mehr genutzte.',
  'fixes.action.open-account-apple-com': 'account.apple.com öffnen',
  'fixes.card.account-review-security.step1': 'Prüfe dort auch die Geräteliste: Entferne Geräte, die du nicht mehr besitzt.',
  'fixes.card.account-review-security.step2':
    'Richte am besten einen Wiederherstellungskontakt ein, damit du wieder hineinkommst, falls du den Zugriff verlierst.',
  'fixes.action.about-recovery-contacts': 'Über Wiederherstellungskontakte',
  'fixes.card.support-escalate.title': 'Wende dich mit deinem Bericht an den Apple Support',
  'fixes.card.support-escalate.why':
    'Wenn die Prüfungen bestehen, die Anmeldung aber trotzdem scheitert, oder der Account selbst gesperrt ist, kann der Apple Support sich deinen Account ansehen. Ein Bericht über deine Prüfungen beschleunigt das.',
  'fixes.card.support-escalate.step0':
    'Exportiere den Bericht aus dieser App (er lässt deine Accountdaten weg, außer du nimmst sie auf) und notiere die genaue Fehlermeldung, die du siehst.',
  'fixes.card.support-escalate.step1': 'Kontaktiere den Apple Support und wähle „Apple Account“ als Thema.',
  'fixes.card.admin-allow-apple-hosts.title': 'Gib Apples Hosts im Netzwerk frei',
  'fixes.card.admin-allow-apple-hosts.why':
    'Apple-Geräte müssen Apples Server direkt erreichen. Firewalls, Filter und Proxys, die diese Verbindungen blockieren, bremsen oder prüfen, legen Anmeldung, Codes und Mitteilungen lahm.',
  'fixes.card.admin-allow-apple-hosts.step0':
    'Öffne Apples Artikel „Apple-Produkte in Unternehmensnetzwerken verwenden“ für die aktuelle Liste der Hosts und Ports.',
  'fixes.card.admin-allow-apple-hosts.step1':
    'Erlaube ausgehendes TCP 443 zu den Hosts für den Apple Account (appleid.apple.com, appleid.cdn-apple.com, idmsa.apple.com, gsa.apple.com) sowie TCP 5223 und 443 zu *.push.apple.com – oder erlaube 17.0.0.0/8.',
  'fixes.card.admin-allow-apple-hosts.step2':
    'Stell sicher, dass DNS diese Hosts in Apples echte Adressen auflöst und dass sie an der HTTPS-Prüfung vorbeigehen.',
  'fixes.card.admin-allow-apple-hosts.step3': 'Bitte die Person, erneut zu prüfen.',
  'fixes.card.auth-wrong-password.title': 'Nutze das aktuelle Passwort deines Apple Accounts',
  'fixes.card.auth-wrong-password.why':
    'Apple hat das Passwort abgelehnt, das dieser Mac gesendet hat. Das passiert, nachdem das Passwort auf einem anderen Gerät oder im Web geändert wurde, oder bei einem Tippfehler.',
  'fixes.card.auth-wrong-password.step0':
    'Prüfe das Passwort, indem du dich im Browser auf account.apple.com anmeldest. Klappt das, melde dich auf diesem Mac unter Systemeinstellungen › (dein Name) mit demselben Passwort wieder an.',
  'fixes.card.auth-wrong-password.step1': 'Öffne Systemeinstellungen › (dein Name) und gib das aktuelle Passwort ein, wenn du gefragt wirst.',
  'fixes.card.auth-wrong-password.step2':
    'Kennst du das aktuelle Passwort nicht, setze es auf einem vertrauenswürdigen iPhone oder iPad oder auf iforgot.apple.com zurück.',
  'fixes.card.auth-wrong-password.step3': 'Prüfe nach der Anmeldung erneut.',
  'fixes.card.auth-too-many-attempts.title': 'Warte, bevor du dich erneut anmeldest',
  'fixes.card.auth-too-many-attempts.why':
    'Nach zu vielen Versuchen lässt Apple dich warten. Jeder neue Versuch während der Wartezeit kann sie verlängern oder den Account sperren.',
  'fixes.card.auth-too-many-attempts.step0':
    'Hör vorerst auf allen Geräten auf, es zu versuchen – auch bei Apps und Geräten, die im Hintergrund immer wieder nach dem Passwort fragen. Warte mindestens eine Stunde bis zum nächsten Versuch.',
  'fixes.card.auth-too-many-attempts.step1':
    'Achte beim nächsten Versuch darauf, das aktuelle Passwort einzugeben; bist du dir nicht sicher, setze es auf iforgot.apple.com zurück, statt zu raten.',
  'fixes.card.auth-account-locked.title': 'Entsperre deinen Apple Account auf iforgot.apple.com',
  'fixes.card.auth-account-locked.why':
    'Apple sperrt einen Account zu seinem Schutz nach zu vielen Fehlversuchen (Passwort, Sicherheitsfragen oder Codes). Warten entsperrt ihn nicht; nur der Nachweis, wer du bist.',
  'fixes.card.auth-account-locked.step0':
    'Gehe zu iforgot.apple.com (oder folge auf einem vertrauenswürdigen iPhone oder iPad dem Hinweis, dass der Account gesperrt ist) und bestätige deine Identität mit deiner vertrauenswürdigen Telefonnummer oder deinem Gerät. Eventuell musst du das Passwort zurücksetzen.',
  'fixes.card.auth-account-locked.step1': 'Melde dich nach dem Entsperren auf diesem Mac unter Systemeinstellungen › (dein Name) wieder an.',
  'fixes.step.send-codes':
    'Scheitert es weiterhin? Exportiere den Bericht aus dieser App: Er nennt die genauen Codes und Zeiten, die Apples Software protokolliert hat (deine E-Mail-Adresse, Telefonnummern und Accountnummern bleiben draußen). Gib sie dem Apple Support.',
  'fixes.card.auth-code-not-delivered.title': 'Hol dir den Bestätigungscode auf anderem Weg',
  'fixes.card.auth-code-not-delivered.why':
    'Der Code für die Zwei-Faktor-Authentifizierung ist nicht angekommen. Codes gehen über Apple-Push-Mitteilungen an deine vertrauenswürdigen Geräte oder per SMS oder Anruf an deine vertrauenswürdige Telefonnummer.',
  'fixes.card.auth-code-not-delivered.step0':
    'Öffne auf einem vertrauenswürdigen iPhone oder iPad, das online ist, Einstellungen › (dein Name) › Anmelden & Sicherheit › Zwei-Faktor-Authentifizierung › Bestätigungscode erhalten (auf einem vertrauenswürdigen Mac: Systemeinstellungen › (dein Name) › Anmelden & Sicherheit).',
  'fixes.card.auth-code-not-delivered.step1':
    'Wähle auf dem Anmeldebildschirm „Keinen Bestätigungscode erhalten?“ und lass dir den Code per SMS oder Anruf an deine vertrauenswürdige Telefonnummer schicken.',
  'fixes.action.about-verification-codes': 'Über Bestätigungscodes',
  'fixes.card.auth-code-not-delivered.step2':
    'Stell sicher, dass das vertrauenswürdige Gerät online, wach und beim selben Apple Account angemeldet ist. Hast du kein vertrauenswürdiges Gerät zur Hand, nutze deine vertrauenswürdige Telefonnummer.',
  'fixes.card.auth-code-not-delivered.step3':
    'Kommen Codes bei den Geräten in diesem Netzwerk nie an, prüfe, ob Apple-Push-Mitteilungen durchkommen (TCP 5223).',
  'fixes.action.apple-push-ports': 'Apple-Push-Ports',
  'fixes.card.auth-code-rejected.title': 'Gib den neuesten Bestätigungscode zügig ein',
  'fixes.card.auth-code-rejected.why':
    'Apple hat den Code abgelehnt. Codes laufen nach kurzer Zeit ab, eine neue Anfrage macht ältere Codes ungültig, und eine falsche Uhr auf diesem Mac kann einen richtigen Code abgelaufen aussehen lassen.',
  'fixes.card.auth-code-rejected.step0': 'Fordere einen neuen Code an und gib sofort nur den neuesten ein. Ignoriere Codes aus früheren Versuchen.',
  'fixes.card.auth-code-rejected.step1':
    'Stell sicher, dass dieser Mac seine Uhrzeit automatisch einstellt: Systemeinstellungen › Allgemein › Datum & Uhrzeit.',
  'fixes.card.auth-no-push-token.title': 'Lass diesen Mac sich für Apple-Push-Mitteilungen registrieren',
  'fixes.card.auth-no-push-token.why':
    'Ohne Push-Token kann Apple diesem Mac keine Anmeldefreigaben oder Bestätigungscodes schicken. Der Mac bekommt einen vom Push-Dienst von Apple, wenn er ihn mit der richtigen Uhrzeit erreichen kann.',
  'fixes.card.auth-no-push-token.step0':
    'Stell sicher, dass Datum und Uhrzeit automatisch eingestellt werden (Systemeinstellungen › Allgemein › Datum & Uhrzeit).',
  'fixes.card.auth-no-push-token.step1':
    'Stell sicher, dass das Netzwerk Apple-Push-Mitteilungen durchlässt: TCP 5223 (443 als Ausweichweg) zu *.push.apple.com. Ein VPN oder ein filterndes Netzwerk kann das blockieren.',
  'fixes.card.auth-no-push-token.step2': 'Starte den Mac neu: Der Push-Dienst registriert sich beim Start erneut.',
  'fixes.card.auth-no-push-token.step3': 'Lass dir Bestätigungscodes in der Zwischenzeit an deine vertrauenswürdige Telefonnummer schicken.',
  'fixes.card.auth-attestation-failed.title': 'Dieser Mac konnte nicht nachweisen, dass er echt ist',
  'fixes.card.auth-attestation-failed.why':
    'Bei jeder Anmeldung weist macOS Apple nach, dass es auf echter Apple-Hardware läuft (Geräteattestierung). Scheitert das, lehnt Apple die Anmeldung ab – egal, wie Passwort oder Netzwerk aussehen.',
  'fixes.card.auth-attestation-failed.step0': 'Installiere das neueste macOS-Update (Systemeinstellungen › Allgemein › Softwareupdate) und starte den Mac neu.',
  'fixes.card.auth-attestation-failed.step1':
    'Ist das eine virtuelle Maschine oder ein Mac mit veränderter Hardware-Identität (Seriennummer, Logicboard außerhalb von Apple getauscht), kann Apple ihn ablehnen; die Anmeldung in einer virtuellen Maschine funktioniert nur, wo Apples eigene Virtualisierung sie unterstützt (Apple Chip, macOS 15 oder neuer als Host und Gast).',
  'fixes.card.auth-attestation-failed.step2':
    'Auf einem echten Mac starte neu und versuch es erneut; scheitert es weiter, muss der Apple Support sich das ansehen.',
  'fixes.card.apple-log-send-codes.title': 'Schick dem Apple Support die Codes, die Apples Software protokolliert hat',
  'fixes.card.apple-log-send-codes.why':
    'Der Apple Support fragt nach den genauen Fehlercodes. Diese App hat sie samt Uhrzeit im Protokoll des Mac gefunden, sodass du sie nicht suchen musst.',
  'fixes.card.apple-log-send-codes.step0':
    'Öffne den Bericht in dieser App und exportiere ihn; er enthält die Codes und Zeiten unter „Was Apples Software gemeldet hat“, ohne persönliche Angaben.',
  'fixes.symptom.stuck-verifying.title': 'Die Anmeldung hängt bei „Überprüfen …“',
  'fixes.symptom.stuck-verifying.description':
    'Die Systemeinstellungen, der App Store oder eine andere App zeigen endlos „Überprüfen“ oder „Anmelden“ und werden nie fertig.',
  'fixes.symptom.stuck-verifying.step0': 'Führe die Verbindungsprüfungen aus und folge zuerst jeder Karte, die sie zeigen.',
  'fixes.action.run-the-checks': 'Prüfungen ausführen',
  'fixes.symptom.stuck-verifying.step1': 'Sieh auf Apples Systemstatus-Seite bei „Apple Account“ oder „iCloud-Account und Anmeldung“ nach.',
  'fixes.step.hotspot': 'Verbinde dich mit einem anderen Netzwerk – am schnellsten mit dem Persönlichen Hotspot deines iPhone – und versuch es erneut.',
  'fixes.step.hotspot-detail': 'Klappt es dort, liegt es am üblichen Netzwerk (Router, DNS-Filter, Firewall, Proxy oder VPN), nicht an deinem Account.',
  'fixes.symptom.stuck-verifying.step3': 'Schalte VPN-, Proxy- und Webschutz-Apps kurz aus und versuch es dann erneut.',
  'fixes.symptom.stuck-verifying.step5': 'Beende die Systemeinstellungen (oder die hängende App) mit Befehl-Q, starte den Mac neu und versuch es noch einmal.',
  'fixes.symptom.stuck-verifying.step5.detail':
    'Ein Neustart beendet hängende Anmeldeprozesse. Versuch es nicht viele Male hintereinander: Wiederholte Versuche können dazu führen, dass Apple deine Anmeldung vorübergehend bremst.',
  'fixes.symptom.stuck-verifying.step6': 'Installiere verfügbare macOS-Updates unter Systemeinstellungen › Allgemein › Softwareupdate.',
  'fixes.symptom.stuck-verifying.topic': 'Anmeldung hängt bei „Überprüfen“',
  'fixes.escalate.text': 'Funktioniert es immer noch nicht? Exportiere den Bericht aus dieser App und wende dich wegen „{topic}“ an den Apple Support.',
  'fixes.escalate.detail':
    'Der Bericht nennt die gelaufenen Prüfungen, ihre Ergebnisse und die Schritte, die du abgehakt hast; deine Accountdaten bleiben draußen, außer du nimmst sie auf. Nenne dein Mac-Modell, die macOS-Version und die genaue Fehlermeldung, die du siehst.',
  'fixes.symptom.works-on-iphone-not-mac.title': 'Auf meinem iPhone klappt es, aber nicht auf diesem Mac',
  'fixes.symptom.works-on-iphone-not-mac.description':
    'Auf deinem iPhone oder iPad kannst du dich mit demselben Apple Account anmelden, aber der Mac scheitert oder fragt immer wieder.',
  'fixes.symptom.works-on-iphone-not-mac.step0': 'Führe die Prüfungen dieses Mac und seines Netzwerks aus; folge zuerst jeder Karte, die sie zeigen.',
  'fixes.symptom.works-on-iphone-not-mac.step1':
    'Stell sicher, dass es derselbe Account ist: Vergleiche die E-Mail-Adresse unter deinem Namen in den Einstellungen auf dem iPhone und in den Systemeinstellungen auf dem Mac.',
  'fixes.symptom.works-on-iphone-not-mac.step1.detail':
    'Unter macOS 13–14 heißt der Eintrag „Apple-ID“, ab macOS 15 „Apple Account“. Der App Store kann einen anderen Account nutzen: Sieh unter deinem Namen bei „Medien & Käufe“ nach.',
  'fixes.symptom.works-on-iphone-not-mac.step2': 'Verbinde den Mac mit dem Persönlichen Hotspot deines iPhone und versuch es erneut.',
  'fixes.symptom.works-on-iphone-not-mac.step3': 'Stell sicher, dass Datum, Uhrzeit und Zeitzone des Mac automatisch eingestellt werden.',
  'fixes.symptom.works-on-iphone-not-mac.step4': 'Installiere verfügbare macOS-Updates.',
  'fixes.symptom.works-on-iphone-not-mac.step5': 'Starte den Mac neu und versuch es dann erneut.',
  'fixes.symptom.works-on-iphone-not-mac.step5.detail':
    'NVRAM oder SMC musst du nicht zurücksetzen: Diese Resets gibt es nur auf Intel-basierten Macs, und sie beheben keine Anmelde- oder Netzwerkprobleme. Auf einem Mac mit Apple Chip bewirkt ein Neustart dasselbe.',
  'fixes.symptom.works-on-iphone-not-mac.step6':
    'Teste mit einem neuen Benutzer: Füge unter Systemeinstellungen › Benutzer:innen & Gruppen einen vorübergehenden Benutzer hinzu, melde dich als dieser Benutzer an und melde dich dort bei deinem Apple Account an.',
  'fixes.symptom.works-on-iphone-not-mac.step6.detail':
    'Klappt es beim neuen Benutzer, liegt das Problem in deinem eigenen Benutzeraccount (Schlüsselbundeinträge oder Einstellungen), nicht am Mac oder am Netzwerk. Lösche den Testbenutzer danach.',
  'fixes.symptom.works-on-iphone-not-mac.topic': 'Anmeldung klappt auf dem iPhone, aber nicht auf dem Mac',
  'fixes.symptom.icloud-errors.title': 'iCloud zeigt Fehler',
  'fixes.symptom.icloud-errors.description':
    'iCloud Drive, Fotos, Notizen oder andere iCloud-Funktionen zeigen Fehler, synchronisieren nicht mehr oder wollen, dass du dich erneut anmeldest.',
  'fixes.step.run-checks': 'Führe die Prüfungen aus und folge zuerst jeder Karte, die sie zeigen.',
  'fixes.symptom.icloud-errors.step1': 'Sieh auf Apples Systemstatus-Seite nach dem iCloud-Dienst, der nicht funktioniert.',
  'fixes.symptom.icloud-errors.step2':
    'Öffne Systemeinstellungen › (dein Name) › iCloud: Gib dein Passwort ein, wenn du gefragt wirst, und prüfe, dass dein iCloud-Speicher nicht voll ist.',
  'fixes.symptom.icloud-errors.step2.detail': 'Ein voller iCloud-Speicher stoppt Uploads und Backups, auch wenn die Anmeldung funktioniert.',
  'fixes.symptom.icloud-errors.step3': 'Stell sicher, dass Datum und Uhrzeit automatisch eingestellt werden.',
  'fixes.symptom.icloud-errors.step5':
    'Melde dich als letzten Ausweg auf diesem Mac von deinem Apple Account ab (Systemeinstellungen › dein Name › Abmelden), starte neu und melde dich wieder an.',
  'fixes.symptom.icloud-errors.step5.detail':
    'Wähle beim Abmelden, eine Kopie deiner iCloud-Daten auf dem Mac zu behalten. Dateien, die nur in iCloud Drive liegen, werden nach der erneuten Anmeldung wieder geladen, was eine Weile dauern kann.',
  'fixes.symptom.icloud-errors.topic': 'iCloud-Fehler',
  'fixes.symptom.password-prompts-fail.title': 'Passwortabfragen scheitern oder kommen immer wieder',
  'fixes.symptom.password-prompts-fail.description':
    'Der Mac fragt immer wieder nach dem Passwort deines Apple Accounts oder sagt, es sei falsch, obwohl du sicher bist, dass es stimmt.',
  'fixes.symptom.password-prompts-fail.step1': 'Teste dein Passwort im Browser, indem du dich auf account.apple.com anmeldest.',
  'fixes.symptom.password-prompts-fail.step1.detail':
    'Klappt es dort, sind Account und Passwort in Ordnung und das Problem liegt auf diesem Mac. Scheitert es auch dort, setze das Passwort zurück (nächster Schritt).',
  'fixes.symptom.password-prompts-fail.step2':
    'Passwort vergessen oder Account gesperrt? Setze ihn auf iforgot.apple.com oder auf einem vertrauenswürdigen iPhone oder iPad zurück bzw. entsperre ihn.',
  'fixes.symptom.password-prompts-fail.step2.detail':
    'Auch das iPhone oder iPad eines Familienmitglieds mit der App „Apple Support“ oder dein Wiederherstellungskontakt kann dir beim Zurücksetzen helfen. Kann Apple dich nicht verifizieren, bietet es als letzten Ausweg die Accountwiederherstellung an: eine Wartezeit von mehreren Tagen oder länger.',
  'fixes.symptom.password-prompts-fail.step3':
    'Passwort auf einem anderen Gerät geändert? Öffne die Systemeinstellungen, klicke auf deinen Namen und gib das neue Passwort ein, wo du danach gefragt wirst.',
  'fixes.symptom.password-prompts-fail.step4':
    'Hat die Schlüsselbundprüfung doppelte oder alte Einträge deines Apple Accounts gefunden, folge ihrer Karte – vorsichtig.',
  'fixes.symptom.password-prompts-fail.step4.detail':
    'Lösche oder setze niemals deinen ganzen Anmeldeschlüsselbund zurück. Entferne nur doppelte Einträge deines Apple Accounts, nachdem du dich abgemeldet hast, und lass Einträge im iCloud-Schlüsselbund in Ruhe: Sie werden mit all deinen Geräten synchronisiert.',
  'fixes.symptom.password-prompts-fail.step5':
    'Teste mit einem neuen Benutzer: Füge unter Systemeinstellungen › Benutzer:innen & Gruppen einen vorübergehenden Benutzer hinzu, melde dich als dieser Benutzer an und melde dich dort an.',
  'fixes.symptom.password-prompts-fail.step5.detail':
    'Klappt es beim neuen Benutzer, liegt das Problem in deinem eigenen Benutzeraccount (oft seinem Schlüsselbund), nicht in deinem Apple Account oder am Netzwerk. Lösche den Testbenutzer danach.',
  'fixes.symptom.password-prompts-fail.topic': 'Passwortabfragen, die immer wieder scheitern',
  'fixes.symptom.app-store-signin.title': 'Anmeldung im App Store klappt nicht',
  'fixes.symptom.app-store-signin.description': 'Der App Store meldet sich nicht an, fragt immer wieder nach dem Passwort oder lehnt Käufe und Downloads ab.',
  'fixes.symptom.app-store-signin.step1': 'Sieh auf Apples Systemstatus-Seite bei „App Store“ nach.',
  'fixes.symptom.app-store-signin.step2': 'Prüfe, welchen Account der App Store nutzt: Systemeinstellungen › (dein Name) › Medien & Käufe.',
  'fixes.symptom.app-store-signin.step2.detail':
    'Bei „Medien & Käufe“ kann ein anderer Apple Account angemeldet sein als bei iCloud. Nutze den Account, mit dem du deine Apps gekauft hast.',
  'fixes.symptom.app-store-signin.step3': 'Wähle im App Store „Store“ › „Abmelden“, beende den App Store mit Befehl-Q, öffne ihn wieder und melde dich an.',
  'fixes.symptom.app-store-signin.step4':
    'Klappt die Anmeldung, aber Käufe scheitern, klicke unten in der Seitenleiste des App Store auf deinen Namen, dann auf „Accounteinstellungen“, und prüfe deine Zahlungsmethode sowie Land oder Region.',
  'fixes.symptom.app-store-signin.topic': 'Anmeldung im App Store',
  'fixes.symptom.codes-not-arriving.title': 'Bestätigungscodes kommen nicht an',
  'fixes.symptom.codes-not-arriving.description':
    'Der sechsstellige Code erscheint nie auf deinen anderen Geräten oder per SMS, oder du siehst „Bestätigungscodes können nicht gesendet werden“.',
  'fixes.symptom.codes-not-arriving.step0':
    'Führe die Prüfungen aus: Codes erreichen deine Geräte über Apple-Push-Mitteilungen, die manche Netzwerke blockieren.',
  'fixes.symptom.codes-not-arriving.step1': 'Sieh auf Apples Systemstatus-Seite bei „Apple Account“ nach.',
  'fixes.symptom.codes-not-arriving.step2':
    'Stell auf einem vertrauenswürdigen Gerät sicher, dass es entsperrt und online ist, achte dann auf die Anmeldemitteilung und wähle „Erlauben“.',
  'fixes.symptom.codes-not-arriving.step2.detail':
    'Das Gerät muss beim selben Apple Account angemeldet sein und Apple erreichen können. Ein Gerät in einem Netzwerk, das Push-Mitteilungen blockiert, sieht die Anfrage nie.',
  'fixes.symptom.codes-not-arriving.step3':
    'Keine Mitteilung? Hol dir selbst einen Code auf einem vertrauenswürdigen Gerät: iPhone oder iPad – Einstellungen › (dein Name) › Anmelden & Sicherheit › Zwei-Faktor-Authentifizierung › Bestätigungscode erhalten; Mac – Systemeinstellungen › (dein Name) › Anmelden & Sicherheit › Zwei-Faktor-Authentifizierung › Bestätigungscode erhalten.',
  'fixes.symptom.codes-not-arriving.step3.detail':
    'In älteren Versionen heißt der Bereich „Passwort & Sicherheit“ (macOS 13, iOS 16 und früher), mit „Bestätigungscode erhalten“ direkt darin. Das funktioniert auch, wenn das Gerät offline ist. Die Option erscheint nicht, wenn du Sicherheitsschlüssel nutzt, und Apples aktuelle Hilfe führt sie nicht mehr für jede Version auf – fehlt sie, nutze stattdessen SMS oder Anruf.',
  'fixes.symptom.codes-not-arriving.step4':
    'Für eine SMS oder einen Anruf wähle auf dem Codebildschirm „Keinen Code erhalten?“ (oder „Kein Zugriff auf deine Geräte?“) und dann deine vertrauenswürdige Nummer.',
  'fixes.symptom.codes-not-arriving.step4.detail':
    'SMS und Anrufe stellt dein Mobilfunkanbieter zu, nicht dieser Mac: Prüfe Empfang, Roaming, Fokus oder „Nicht stören“ sowie gefilterte Nachrichten und solche von unbekannten Absendern. Warte ein paar Minuten, bevor du erneut anfragst – siehst du „An diese Telefonnummer können keine Bestätigungscodes gesendet werden“, fordere mehrere Stunden lang keine Codes an: Viele Anfragen hintereinander sind ein häufiger Auslöser.',
  'fixes.symptom.codes-not-arriving.step5':
    'Prüfe deine vertrauenswürdigen Telefonnummern auf account.apple.com › Anmelden und Sicherheit, füge eine hinzu, unter der du erreichbar bist, und entferne alte.',
  'fixes.symptom.codes-not-arriving.step5.detail':
    'Du musst angemeldet sein, um sie zu ändern. Kannst du dich nirgends anmelden, nutze die Accountwiederherstellung (nächster Schritt).',
  'fixes.symptom.codes-not-arriving.step6': 'Zeigt iMessage oder FaceTime auf deinem iPhone „Warten auf Aktivierung“, wende dich an deinen Mobilfunkanbieter.',
  'fixes.symptom.codes-not-arriving.step6.detail':
    'Die Aktivierung hängt auch davon ab, dass der Anbieter Apples Nachrichten an deine Nummer durchlässt; dasselbe Anbieterproblem verhindert oft auch Bestätigungs-SMS.',
  'fixes.symptom.codes-not-arriving.step7':
    'Bekommst du gar keinen Code? Setze das Passwort auf iforgot.apple.com zurück; kann Apple dich nicht verifizieren, bietet es die Accountwiederherstellung an – starte sie einmal und lass die Wartezeit ablaufen.',
  'fixes.symptom.codes-not-arriving.step7.detail':
    'Die Wartezeit (mehrere Tage oder länger) schützt deinen Account. Folge den Anweisungen in Apples Bestätigungs-E-Mail; andere angemeldete Geräte in der Zwischenzeit zu benutzen, kann sie verzögern oder abbrechen. Ein Wiederherstellungskontakt oder -schlüssel, falls eingerichtet, bringt dich ohne Wartezeit zurück. Die Zwei-Faktor-Authentifizierung lässt sich bei den meisten Accounts nicht ausschalten und ist keine Lösung.',
  'fixes.action.apple-get-a-verification-code': 'Apple: Bestätigungscode erhalten',
  'fixes.symptom.codes-not-arriving.topic': 'Bestätigungscodes kommen nicht an',
};
