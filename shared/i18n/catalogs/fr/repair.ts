/** fr texts: namespace `repair`. */
import type { Translated } from '../en';
import type { repair as en } from '../en/repair';

export const repair: Translated<typeof en> = {
  'repair.flush-dns.button': 'Vider le cache DNS',
  'repair.flush-dns.does': 'Votre Mac oublie les réponses DNS qu’il avait gardées et les redemande. Aucun réglage n’est modifié.',
  'repair.flush-dns.fixed': 'Réparé — les serveurs de connexion d’Apple sont de nouveau trouvés et répondent.',
  'repair.proxy-off.button': 'Désactiver le proxy',
  'repair.proxy-off.does':
    'Désactive le proxy qui ne répond pas, sur le service réseau où il est configuré. Les anciennes valeurs sont conservées pour que vous puissiez le réactiver.',
  'repair.proxy-off.fixed': 'Réparé — les serveurs de connexion d’Apple répondent de nouveau.',
  'repair.proxy-on.button': 'Réactiver le proxy',
  'repair.proxy-on.does': 'Rétablit les réglages de proxy que cette app a désactivés, exactement tels qu’ils étaient.',
  'repair.proxy-on.fixed': 'Le proxy est réactivé et les serveurs de connexion d’Apple répondent toujours.',
  'repair.auto-time-on.button': 'Régler l’heure automatiquement',
  'repair.auto-time-on.does': 'Active « Régler la date et l’heure automatiquement » avec le serveur d’heure d’Apple, time.apple.com.',
  'repair.auto-time-on.fixed': 'Réparé — ce Mac règle de nouveau son horloge sur time.apple.com.',

  'repair.plan.target':
    '{kind, select, web {le proxy web (HTTP) {server}} secure {le proxy web sécurisé (HTTPS) {server}} socks {le proxy SOCKS {server}} other {la configuration automatique du proxy}} sur « {service} »',
  'repair.plan.proxy-off': 'Désactive {targets}. Les anciennes valeurs sont conservées pour que vous puissiez le réactiver.',
  'repair.plan.proxy-on': 'Rétablit {targets}, tel que c’était avant que cette app ne le désactive.',

  'repair.manual.prepare-failed':
    'Cette app n’a pas pu préparer la réparation ({error}). {face, select, cli {Lancez appleid-doctor check pour voir les étapes à suivre vous-même.} other {Suivez plutôt les étapes ci-dessous.}}',
  'repair.manual.no-dead-proxy':
    'La dernière vérification n’a pas trouvé de proxy système en panne. {face, select, cli {Relancez appleid-doctor check, ou suivez les étapes qu’il affiche.} other {Vérifiez de nouveau, ou suivez les étapes ci-dessous.}}',
  'repair.manual.no-services':
    'Cette app n’a pas pu lire la liste des services réseau. {face, select, cli {Lancez appleid-doctor check pour voir les étapes à suivre vous-même.} other {Suivez plutôt les étapes ci-dessous.}}',
  'repair.manual.unsafe-service':
    'Le proxy est configuré sur un service réseau dont cette app ne met pas le nom dans une commande d’administrateur. {face, select, cli {Désactivez-le dans Réglages Système › Réseau.} other {Suivez les étapes ci-dessous pour le désactiver dans Réglages Système.}}',
  'repair.manual.service-not-found':
    'Cette app n’a pas trouvé sur quel service réseau le proxy est configuré. {face, select, cli {Désactivez-le dans Réglages Système › Réseau.} other {Suivez les étapes ci-dessous pour le désactiver dans Réglages Système.}}',
  'repair.manual.nothing-saved': 'Cette app n’a désactivé aucun proxy. Pour en configurer un, utilisez Réglages Système › Réseau.',
  'repair.manual.no-services-undo': 'Cette app n’a pas pu lire la liste des services réseau. Utilisez plutôt Réglages Système › Réseau.',
  'repair.manual.service-unusable': 'Le service réseau « {service} » ne peut pas être utilisé : {problem}. Utilisez plutôt Réglages Système › Réseau.',
  'repair.manual.unsafe-server':
    'Le serveur proxy enregistré n’est pas de ceux que cette app met dans une commande. Utilisez plutôt Réglages Système › Réseau.',
  'repair.service.bad-characters': 'son nom contient des caractères que cette app ne met pas dans une commande d’administrateur',
  'repair.service.not-listed': 'ce n’est pas l’un des services réseau que ce Mac indique',

  'repair.run.expired':
    'Cette réparation a été préparée il y a trop longtemps. {face, select, cli {Relancez la commande.} other {Appuyez de nouveau sur son bouton.}}',
  'repair.run.cancelled': 'Rien n’a été modifié : la demande de mot de passe a été annulée.',
  'repair.run.failed':
    'Cela n’a pas fonctionné : {reason}. {face, select, cli {Lancez appleid-doctor check pour voir les étapes à suivre vous-même.} other {Suivez plutôt les étapes ci-dessous.}}',
  'repair.run.recheck-failed':
    'La réparation a été effectuée, mais la nouvelle vérification n’a pas pu s’exécuter ({error}). {face, select, cli {Lancez appleid-doctor check.} other {Cliquez sur « Vérifier maintenant ».}}',
  'repair.run.still-wrong': 'Toujours un problème — {check} : {summary}',
  'repair.run.unknown': 'La réparation a été effectuée, mais les vérifications n’ont pas pu dire si elle a fonctionné.',
  'repair.reason.spawn': 'la demande de mot de passe administrateur n’a pas pu être ouverte ({error})',
  'repair.reason.timeout': 'pas de réponse à temps ; la réparation a été arrêtée',
  'repair.reason.status': 'code de sortie {status}',

  'repair.step.cancelled': '« {title} » : demande de mot de passe annulée — rien n’a été modifié',
  'repair.step.failed': '« {title} » a échoué : {reason}',
  'repair.step.recheck-failed': '« {title} » effectué ; la nouvelle vérification n’a pas pu s’exécuter',
  'repair.step.ran': '« {title} » effectué — {result}',

  'repair.cli.usage': `Utilisation : appleid-doctor fix [ID] [options]

Sans ID : vérifie ce Mac et liste les réparations adaptées à ce qui a été trouvé.
Avec ID : montre ce que fait la réparation et la commande exacte, vous demande votre accord,
l’exécute via la demande de mot de passe administrateur de macOS, puis vérifie de nouveau
et indique si elle a fonctionné.

Réparations : {ids}

Options :
  --dry-run        Afficher exactement ce qui serait exécuté ; ne rien modifier
  -y, --yes        Donner son accord à l’avance (nécessaire sans terminal où demander)
  --json           Afficher le résultat en JSON (schéma appleid-doctor/fix@1)
  --config FILE    Utiliser un fichier de configuration JSON (comme appleid-doctor check)
  --data-dir DIR   Où l’app garde son journal des étapes et les valeurs de proxy à rétablir
                   (par défaut : {dataDir})
  -h, --help       Afficher cette aide

Code de sortie, liste : 0 vert, 1 orange, 2 rouge (comme appleid-doctor check).
Code de sortie, avec ID : 0 réparé, 1 toujours un problème, 2 la réparation a échoué,
3 rien n’a été modifié (vous avez refusé ou annulé la demande de mot de passe), 4 elle a été
effectuée mais les vérifications n’ont pas pu le dire, 5 elle ne s’applique pas maintenant ou
cette app ne peut pas la faire ici (les étapes manuelles s’appliquent) ; --dry-run : 0 elle
serait exécutée, 5 comme ci-dessus. Toujours : 64 mauvaise utilisation (ou ni terminal ni
--yes), 69 les réparations nécessitent macOS, 78 configuration incorrecte.`,
  'repair.cli.usage-error': 'appleid-doctor fix : {message} (voir appleid-doctor fix --help)',
  'repair.cli.bad-config': 'appleid-doctor : configuration incorrecte : {error}{more, plural, =0 {} other { (et # autres)}}',
  'repair.cli.arg.no-value': '{flag} ne prend pas de valeur',
  'repair.cli.arg.needs-value': '{flag} demande {what, select, file {un chemin de fichier} other {un chemin de dossier}}',
  'repair.cli.arg.unknown': 'option inconnue « {option} »',
  'repair.cli.arg.one-at-a-time': 'une réparation à la fois (reçu « {first} » et « {second} »)',
  'repair.cli.arg.needs-id': '{flag} demande l’identifiant d’une réparation, par ex. appleid-doctor fix flush-dns --dry-run',
  'repair.cli.arg.dry-run-yes': '--dry-run et --yes se contredisent (un essai à blanc ne modifie rien)',
  'repair.cli.unknown-id': 'réparation inconnue « {id} » (connues : {ids})',
  'repair.cli.needs-macos':
    'Les réparations nécessitent macOS : elles modifient les réglages de ce Mac avec les outils de macOS (networksetup, systemsetup, dscacheutil), après sa demande de mot de passe administrateur. Cet ordinateur utilise {os} ; rien n’a été modifié.',
  'repair.cli.list.heading': '{n, plural, one {Une réparation s’applique} other {# réparations s’appliquent}} à ce que la vérification a trouvé : {headline}',
  'repair.cli.list.none': 'Aucune réparation ne s’applique à ce que la vérification a trouvé : {headline}',
  'repair.cli.list.how': 'Pour en lancer une : appleid-doctor fix ID (ajoutez --dry-run pour voir exactement ce qui serait exécuté)',
  'repair.cli.list.card': 'Fiche de réparation : {card}',
  'repair.cli.list.undo': 'Rétablit ce que « {title} » a désactivé',
  'repair.cli.list.manual': 'Cette app ne peut pas le faire ici : {reason}',
  'repair.cli.not-applicable': '« {title} » ne s’applique pas à ce que la vérification a trouvé : {headline}. Rien n’a été modifié.',
  'repair.cli.applicable': 'Réparations qui s’appliquent : {ids}',
  'repair.cli.applicable-none': 'Aucune réparation ne s’applique pour l’instant.',
  'repair.cli.cannot': 'Cette app ne peut pas effectuer « {title} » ici. Rien n’a été modifié.',
  'repair.cli.command-intro': 'Cette commande exacte sera exécutée en tant qu’administrateur ; macOS demande d’abord votre mot de passe :',
  'repair.cli.dry-run-intro':
    'Essai à blanc — rien n’a été modifié. Cette commande exacte serait exécutée en tant qu’administrateur (macOS demanderait d’abord votre mot de passe) :',
  'repair.cli.ask': 'Continuer ? [o/N] ',
  'repair.cli.yes-words': 'o|oui',
  'repair.cli.no-tty':
    'ce Mac ne sera pas modifié sans votre accord : lancez la commande dans un terminal pour qu’on vous le demande, ou ajoutez --yes pour donner votre accord à l’avance. Rien n’a été modifié.',
  'repair.cli.declined': 'Rien n’a été modifié.',
  'repair.cli.waiting': 'En attente de la demande de mot de passe de macOS…',
  'repair.cli.checking': 'Nouvelle vérification : {checks}…',
  'repair.cli.undo': 'Pour revenir en arrière : appleid-doctor fix {id}',
  'repair.cli.now': 'La vérification indique maintenant : {headline}',

  'repair.steps.title': 'Étapes déjà essayées',
  'repair.steps.hint': 'Ce que vous avez fait dans cette app, avec l’heure. L’assistance Apple demande cette liste ; elle figure aussi dans le rapport.',
  'repair.steps.none': 'Rien pour l’instant. Ouvrir un réglage, copier une commande, lancer une réparation ou vérifier de nouveau apparaît ici avec l’heure.',
  'repair.steps.earlier': '{n, plural, one {# étape plus ancienne figure} other {# étapes plus anciennes figurent}} dans le rapport.',
  'repair.steps.light': 'ensuite {light, select, green {vert} amber {orange} other {rouge}}',
  'repair.steps.error': 'Impossible de lire les étapes : {error}',
};
