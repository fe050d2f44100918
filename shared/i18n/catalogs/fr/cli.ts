/** fr texts: namespace `cli` (vous-form). Flags, formats, check ids and commands stay as typed. */
import type { Translated } from '../en';
import type { cli as en } from '../en/cli';

export const cli: Translated<typeof en> = {
  'cli.help': `Utilisation : appleid-doctor [check] [options]
              appleid-doctor fix [ID] [--dry-run] [--yes]   (réparations ; voir appleid-doctor fix --help)

Vérifie si ce Mac peut se connecter à son compte Apple en ce moment et, sinon, pourquoi.

Options :
  --json               Afficher le rapport complet en JSON (schéma appleid-doctor/report@1)
  --format FMT         json, text (par défaut), jamf, prometheus ou plist (formats de parc : voir README)
  --output FICHIER     Écrire la sortie dans FICHIER de façon atomique (fichier temporaire, fsync, rename)
  --from-report FICH.  Afficher un rapport --format json enregistré dans un autre format (sans vérification)
  --config FICHIER     Utiliser un fichier de configuration JSON (points d’accès, délais, résolveurs, outils…)
  --only ID[,ID…]      N’exécuter que ces vérifications (répétable ; le verdict ne porte que sur elles) :
                       {ids}
  --all                Afficher toutes les fiches de solution (le terminal n’affiche que les deux premières)
  --include-personal   Afficher votre compte Apple, noms, chemins et adresses (masqués par défaut, dans tous les formats)
  --lang LANGUE        Langue de la sortie texte : {langs}
                       (par défaut : d’après LC_ALL, LC_MESSAGES ou LANG)
  --no-color           Ne jamais colorer la sortie (aussi : NO_COLOR=1)
  -h, --help           Afficher cette aide
  -v, --version        Afficher la version

Code de sortie : 0 vert, 1 orange, 2 rouge, 64 mauvaise utilisation, 78 mauvaise configuration ;
66 --from-report illisible, 73 impossible d’écrire --output.`,

  'cli.usage.line': 'appleid-doctor : {error} (voir appleid-doctor --help)',
  'cli.usage.unknown_command': 'commande inconnue « {command} » (les commandes sont « check » et « fix »)',
  'cli.usage.switch_value': '{flag} ne prend pas de valeur (ou =true / =false), reçu « {value} »',
  'cli.usage.needs_file': '{flag} demande un chemin de fichier',
  'cli.usage.format': '--format demande l’un de : {formats}',
  'cli.usage.format_twice': '--format indiqué deux fois avec des valeurs différentes',
  'cli.usage.only_empty': '--only demande des identifiants de vérification, par ex. --only signin-endpoints,clock',
  'cli.usage.only_none': '--only demande au moins un identifiant de vérification, par ex. --only signin-endpoints,clock',
  'cli.usage.unknown_check': 'identifiant de vérification inconnu « {id} » (connus : {known})',
  'cli.usage.lang': '--lang demande l’une de : {langs} ; reçu « {value} »',
  'cli.usage.unknown_option': 'option inconnue « {option} »',
  'cli.usage.json_format': '--json et --format {format} se contredisent',

  'cli.error.bad_config': 'appleid-doctor : mauvaise configuration : {error}{more, plural, =0 {} one { (et # autre erreur)} other { (et # autres erreurs)}}',
  'cli.error.managed': 'appleid-doctor : {problem}',
  'cli.error.report_unreadable': 'appleid-doctor : {path} : illisible',
  'cli.error.report_invalid': 'appleid-doctor : {path} : pas un rapport {schema} ({where} : {detail})',
  'cli.error.report_not_json': 'appleid-doctor : {path} : JSON non valide ({detail})',
  'cli.error.cannot_write': 'appleid-doctor : impossible d’écrire --output {detail}',

  'cli.light.green': '● VERT',
  'cli.light.amber': '▲ ORANGE',
  'cli.light.red': '■ ROUGE',
  'cli.fix.heading': 'Solution : {title}',
  'cli.more_fixes': '+{n, plural, one {# autre solution} other {# autres solutions}} ({names}) : appleid-doctor --all',
  'cli.footer':
    'Vérifié en {duration}{skipped, plural, =0 {} one { · # vérification macOS non effectuée sous {os}} other { · # vérifications macOS non effectuées sous {os}}} · --json pour le rapport complet',

  'cli.apple-log.heading': 'Ce que les logiciels d’Apple ont signalé',
  'cli.apple-log.line': '{time}  {process}  {code}{count, plural, =1 {} other { ×#}} — {meaning} ({relation})',
  'cli.apple-log.line_cause': '{time}  {process}  {code}{count, plural, =1 {} other { ×#}} — {meaning} ({relation} : {cause})',
  'cli.apple-log.no_meaning': 'signification inconnue',
  'cli.apple-log.more': '… {n} de plus dans --json',
  'cli.apple-log.relation.primary': 'expliqué par aucune vérification réseau',
  'cli.apple-log.relation.explained': 'expliqué par les vérifications en cours',
  'cli.apple-log.relation.corroborates': 'les vérifications en cours le voient aussi',
  'cli.apple-log.relation.history': 'fonctionne maintenant',
  'cli.apple-log.relation.info': 'pour information',
};
