/**
 * fr texts: namespace `fixes` (vouvoiement, Apple's French terms: shared/i18n/glossary/fr.ts).
 * Pane and menu paths as on a French Mac (Guide d’utilisation du Mac, support.apple.com/fr-fr/guide/mac-help).
 */
import type { Translated } from '../en';
import type { fixes as en } from '../en/fixes';

export const fixes: Translated<typeof en> = {
  'fixes.app.keychain-access': 'Trousseau d’accès',
  'fixes.app.terminal': 'Terminal',
  'fixes.plan.affected.push': 'les notifications push',
  'fixes.plan.affected.captive-portal': 'la vérification de la page de connexion Wi-Fi',
  'fixes.plan.affected.dns': 'la vérification DNS',
  'fixes.plan.affected.clock': 'la vérification de l’horloge',
  'fixes.plan.affected.apple-status': 'la page d’état d’Apple',
  'fixes.plan.also-affected':
    'Également touché : {list} — {count, plural, one {cela devrait} other {tout devrait}} refonctionner {family, select, dns {dès que le DNS fonctionnera} tcp {dès que ce réseau laissera passer les serveurs d’Apple} proxy {dès que le proxy fonctionnera} net {dès que ce Mac sera en ligne} captive {dès que vous vous serez connecté à ce Wi-Fi} other {dès que ce sera réglé}}.',
  'fixes.plan.count.problems': '{n, plural, one {# problème} other {# problèmes}}',
  'fixes.plan.count.affected':
    '{n, plural, one {# autre vérification n’a pas pu aboutir} other {# autres vérifications n’ont pas pu aboutir}} à cause {problems, plural, one {de celui-ci} other {du premier}}',
  'fixes.plan.count.could-not-run': '{n, plural, one {# vérification n’a pas pu s’exécuter} other {# vérifications n’ont pas pu s’exécuter}}',
  'fixes.card.network-offline.title': 'Reconnecter ce Mac à Internet',
  'fixes.card.network-offline.why': 'Sans connexion réseau fonctionnelle, ce Mac ne peut pas joindre Apple du tout.',
  'fixes.card.network-offline.step0':
    'Vérifiez que le Wi-Fi est activé et connecté à un réseau, ou que le câble Ethernet est branché (Réglages Système › Wi-Fi, ou Réglages Système › Réseau).',
  'fixes.action.open-wi-fi-settings': 'Ouvrir les réglages Wi-Fi',
  'fixes.card.network-offline.step1':
    'Ouvrez un site web quelconque dans un navigateur. Si rien ne se charge, redémarrez votre routeur ou votre box et attendez que ses voyants se stabilisent.',
  'fixes.card.network-offline.step2':
    'Toujours hors ligne ? Connectez-vous à un autre réseau, par exemple le Partage de connexion de votre iPhone, pour voir si le problème vient de ce réseau.',
  'fixes.card.network-offline.step3': 'Vérifiez de nouveau une fois le Mac connecté.',
  'fixes.action.check-again': 'Vérifier de nouveau',
  'fixes.card.captive-portal-login.title': 'Se connecter à ce réseau Wi-Fi',
  'fixes.card.captive-portal-login.why':
    'Les réseaux d’hôtel, d’aéroport, de café et les réseaux invités bloquent tout le trafic tant que vous n’avez pas accepté leurs conditions ou ouvert une session sur une page web. D’ici là, la connexion Apple ne passe pas.',
  'fixes.card.captive-portal-login.step0':
    'Ouvrez un navigateur et allez sur http://captive.apple.com (en http simple, pas https). La page de connexion ou de conditions du réseau devrait apparaître à la place d’une page indiquant « Success ».',
  'fixes.card.captive-portal-login.step1': 'Connectez-vous ou acceptez les conditions sur cette page, puis patientez quelques secondes.',
  'fixes.card.captive-portal-login.step2':
    'Si aucune page de connexion n’apparaît, désactivez puis réactivez le Wi-Fi, ou oubliez le réseau et connectez-vous-y de nouveau (Réglages Système › Wi-Fi).',
  'fixes.card.captive-portal-login.step3': 'Ou connectez-vous à un autre réseau, par exemple le Partage de connexion de votre iPhone.',
  'fixes.card.captive-portal-login.step4': 'Vérifiez de nouveau après vous être connecté.',
  'fixes.card.dns-server-failing.title': 'Réparer ou remplacer le serveur DNS',
  'fixes.card.dns-server-failing.why':
    'Le DNS traduit les noms des serveurs d’Apple en adresses. Quand le serveur DNS échoue, ne répond pas à temps ou refuse, ce Mac ne trouve pas les serveurs de connexion d’Apple.',
  'fixes.card.dns-server-failing.step0':
    'Redémarrez votre routeur ou votre box : beaucoup de problèmes DNS à la maison viennent d’un routeur qui a besoin d’être redémarré.',
  'fixes.card.dns-server-failing.step1':
    'Connectez-vous à un autre réseau (par exemple le Partage de connexion de votre iPhone) et vérifiez de nouveau. Si cela fonctionne, c’est le serveur DNS du premier réseau qui est en cause.',
  'fixes.action.check-dns-again': 'Vérifier de nouveau le DNS',
  'fixes.card.dns-server-failing.step2':
    'Regardez quels serveurs DNS ce Mac utilise : Réglages Système › Réseau › (votre service Wi-Fi ou Ethernet) › Détails… › DNS. Supprimez les serveurs ajoutés à la main dont vous ne vous servez plus ; les entrées grisées viennent du routeur et ne peuvent pas être supprimées ici.',
  'fixes.action.open-network-settings': 'Ouvrir les réglages Réseau',
  'fixes.card.dns-server-failing.step3':
    'Après avoir modifié les réglages DNS, videz le cache DNS : copiez cette commande, collez-la dans Terminal et saisissez votre mot de passe administrateur.',
  'fixes.action.copy-dns-flush-command': 'Copier la commande de vidage du cache DNS',
  'fixes.note.copy-dns-flush-command':
    'Efface les réponses DNS gardées par ce Mac pour qu’il redemande. Collez-la dans Terminal ; elle demande un mot de passe administrateur. Elle ne modifie aucun réglage.',
  'fixes.step.flush-dns-repair':
    'Ou laissez cette app vider le cache DNS pour vous : elle affiche d’abord la commande et macOS demande votre mot de passe administrateur.',
  'fixes.card.dns-server-failing.step5':
    'Sur un réseau d’entreprise ou d’établissement scolaire, signalez au responsable du réseau que le serveur DNS échoue pour appleid.apple.com et idmsa.apple.com.',
  'fixes.step.check-again': 'Vérifiez de nouveau.',
  'fixes.card.dns-filter-blocks-apple.title': 'Laisser passer Apple dans votre filtre DNS',
  'fixes.card.dns-filter-blocks-apple.why':
    'Un filtre DNS (bloqueur de publicités, contrôle parental, DNS de sécurité, Pi-hole, filtrage du routeur) répond pour les serveurs de connexion d’Apple avec une adresse factice ou privée : la connexion n’aboutit nulle part.',
  'fixes.card.dns-filter-blocks-apple.step0':
    'Si vous utilisez un service ou une app DNS qui bloque les publicités ou filtre, mettez-le en pause ou ajoutez apple.com, icloud.com et cdn-apple.com à sa liste d’autorisations.',
  'fixes.card.dns-filter-blocks-apple.step1':
    'Si votre routeur a un contrôle parental ou un filtrage « navigation sécurisée », vérifiez qu’il ne bloque pas Apple.',
  'fixes.card.dns-filter-blocks-apple.step2':
    'Mettez en pause ou quittez les apps de filtrage de contenu, de contrôle parental et de « protection web » de ce Mac. Sous macOS 15 et ultérieur, Réglages Système › Général › Ouverture et extensions liste les extensions réseau qu’elles installent ; sous macOS 13–14, utilisez les réglages de l’app elle-même.',
  'fixes.action.open-login-items-extensions': 'Ouvrir Ouverture et extensions',
  'fixes.card.dns-filter-blocks-apple.step3':
    'Sur un réseau d’entreprise ou d’établissement scolaire, demandez au service informatique d’autoriser les hôtes Apple listés dans l’article d’Apple sur les réseaux d’entreprise.',
  'fixes.action.apple-hosts-and-ports': 'Hôtes et ports Apple',
  'fixes.card.dns-filter-blocks-apple.step4': 'Videz le cache DNS après avoir modifié un filtre (votre mot de passe administrateur est nécessaire).',
  'fixes.card.dns-answers-tampered.title': 'Utiliser un serveur DNS qui répond honnêtement',
  'fixes.card.dns-answers-tampered.why':
    'Le serveur DNS de ce réseau donne pour le serveur de connexion d’Apple une autre adresse, qui n’appartient pas à Apple. La connexion part alors au mauvais endroit.',
  'fixes.card.dns-answers-tampered.step0':
    'Connectez-vous à un autre réseau, par exemple le Partage de connexion de votre iPhone, et vérifiez de nouveau pour confirmer que le réseau est en cause.',
  'fixes.card.dns-answers-tampered.step1':
    'Sur votre propre réseau : dans Réglages Système › Réseau › (service) › Détails… › DNS, ou dans votre routeur, remplacez le serveur DNS par celui de votre fournisseur d’accès ou par un service DNS public reconnu. Annulez ce changement plus tard s’il empêche la résolution des noms locaux.',
  'fixes.card.dns-answers-tampered.step2': 'Videz le cache DNS après avoir changé de serveurs DNS (votre mot de passe administrateur est nécessaire).',
  'fixes.card.dns-answers-tampered.step4':
    'Sur un réseau d’entreprise, d’établissement scolaire ou public, ne changez pas le DNS : signalez les mauvaises réponses pour appleid.apple.com au responsable du réseau.',
  'fixes.card.network-blocks-apple.title': 'Contourner le blocage de ce réseau',
  'fixes.card.network-blocks-apple.why':
    'Quelque chose entre ce Mac et Apple — un coupe-feu, un filtre, une app de sécurité ou le réseau lui-même — bloque ou coupe les connexions aux serveurs de connexion d’Apple.',
  'fixes.card.network-blocks-apple.step0':
    'Connectez-vous à un autre réseau, par exemple le Partage de connexion de votre iPhone, et vérifiez de nouveau. Si cela fonctionne, c’est ce réseau qui bloque Apple.',
  'fixes.card.network-blocks-apple.step1':
    'Désactivez un instant les apps de VPN, de proxy, de blocage de publicités et de « protection web », puis vérifiez de nouveau.',
  'fixes.card.network-blocks-apple.step2': 'Redémarrez votre routeur ou votre box s’il s’agit de votre réseau domestique.',
  'fixes.card.network-blocks-apple.step3':
    'Sur un réseau d’entreprise, d’établissement scolaire ou public, demandez au responsable du réseau d’autoriser le HTTPS sortant (TCP 443) vers Apple (17.0.0.0/8 et les hôtes de l’article d’Apple sur les réseaux d’entreprise).',
  'fixes.card.proxy-leftover.title': 'Désactiver un proxy que vous n’utilisez pas',
  'fixes.card.proxy-leftover.why':
    'Ce Mac envoie le trafic web à un proxy qui ne fonctionne pas. Les apps de VPN, de proxy et de « confidentialité » désinstallées laissent souvent ce réglage derrière elles.',
  'fixes.card.proxy-leftover.step0':
    'Laissez cette app désactiver le proxy qui ne répond pas, sur le service réseau où il est configuré. Elle affiche d’abord la commande, macOS demande votre mot de passe administrateur, et vous pourrez le réactiver ensuite.',
  'fixes.card.proxy-leftover.step1': 'Ou faites-le vous-même : ouvrez Réglages Système › Réseau › (votre service Wi-Fi ou Ethernet) › Détails… › Proxys.',
  'fixes.card.proxy-leftover.step2':
    'Désactivez chaque proxy que vous ne reconnaissez pas ou n’utilisez plus (proxy web, proxy web sécurisé, proxy SOCKS, configuration automatique du proxy), puis cliquez sur OK.',
  'fixes.card.proxy-leftover.step3':
    'Faites-le pour chaque service réseau que vous utilisez (le Wi-Fi et l’Ethernet ont chacun leurs propres réglages de proxy).',
  'fixes.card.proxy-leftover.step4':
    'Si les réglages de proxy sont grisés ou reviennent, un profil de configuration les a définis : ce Mac est géré, adressez-vous donc à votre service informatique au lieu de les modifier.',
  'fixes.card.proxy-leftover.step5':
    'Si une app de proxy est encore installée et que vous l’utilisez, ouvrez-la et vérifiez qu’elle fonctionne, ou quittez-la pour qu’elle retire son réglage de proxy.',
  'fixes.card.proxy-sign-in.title': 'Le proxy demande une authentification',
  'fixes.card.proxy-sign-in.why':
    'Le proxy utilisé par ce Mac demande un nom d’utilisateur et un mot de passe. Les services d’arrière-plan de macOS, dont la connexion au compte Apple, ne peuvent pas toujours répondre à cette demande.',
  'fixes.card.proxy-sign-in.step0':
    'S’il s’agit d’un proxy d’entreprise ou d’établissement, demandez au service informatique si les services Apple peuvent contourner l’authentification du proxy pour les hôtes Apple de l’article d’Apple sur les réseaux d’entreprise.',
  'fixes.card.proxy-sign-in.step1':
    'Si vous ne savez pas pourquoi un proxy est configuré, désactivez-le dans Réglages Système › Réseau › (votre service Wi-Fi ou Ethernet) › Détails… › Proxys.',
  'fixes.card.proxy-not-working.title': 'Le proxy ne parvient pas à joindre Apple',
  'fixes.card.proxy-not-working.why': 'Le proxy utilisé par ce Mac fonctionne, mais il échoue ou bloque lorsqu’il doit se connecter à Apple.',
  'fixes.card.proxy-not-working.step0':
    'Si vous n’avez pas besoin de proxy sur ce réseau, désactivez-le dans Réglages Système › Réseau › (votre service Wi-Fi ou Ethernet) › Détails… › Proxys.',
  'fixes.card.proxy-not-working.step1':
    'Si une app de proxy (VPN, outil de confidentialité ou de développement) l’a configuré, redémarrez cette app ou quittez-la.',
  'fixes.card.proxy-not-working.step2':
    'Sur un Mac géré ou un réseau d’entreprise, demandez au service informatique de laisser le proxy joindre les hôtes Apple de l’article d’Apple sur les réseaux d’entreprise, sans inspection HTTPS.',
  'fixes.card.proxy-pac-unavailable.title': 'Script de proxy automatique indisponible',
  'fixes.card.proxy-pac-unavailable.why':
    'Ce Mac doit récupérer un script de configuration de proxy (fichier PAC), mais ce script n’a pas pu être chargé. Sans lui, les connexions risquent de n’aboutir nulle part.',
  'fixes.card.proxy-pac-unavailable.step0':
    'Ouvrez Réglages Système › Réseau › (votre service Wi-Fi ou Ethernet) › Détails… › Proxys et regardez « Configuration automatique du proxy ».',
  'fixes.card.proxy-pac-unavailable.step1':
    'Si vous n’êtes pas sur le réseau qui fournit ce script (par exemple chez vous avec un ordinateur professionnel), désactivez-le pendant votre absence, ou connectez-vous d’abord au VPN de l’entreprise.',
  'fixes.card.proxy-pac-unavailable.step2':
    'Sur un Mac géré, le réglage vient du service informatique : signalez-lui que l’URL du script de proxy indiquée dans le rapport n’a pas pu être chargée.',
  'fixes.card.vpn-disconnect-test.title': 'Essayer sans le VPN',
  'fixes.card.vpn-disconnect-test.why':
    'Un VPN fait passer le trafic Apple par un autre réseau. Certains serveurs VPN sont bloqués, ralentis ou signalés par Apple, et la connexion échoue seulement quand le VPN est actif.',
  'fixes.card.vpn-disconnect-test.step0':
    'Déconnectez le VPN dans son app, ou dans Réglages Système › VPN (les configurations VPN apparaissent aussi dans Réglages Système › Réseau).',
  'fixes.action.open-vpn-settings': 'Ouvrir les réglages VPN',
  'fixes.card.vpn-disconnect-test.step1': 'Connectez-vous à votre compte Apple pendant que le VPN est désactivé, puis reconnectez-le.',
  'fixes.card.vpn-disconnect-test.step2':
    'Si la connexion échoue seulement avec le VPN, choisissez un autre serveur ou pays VPN, ou utilisez l’option de tunnel partagé (split tunneling) de l’app pour envoyer le trafic Apple directement.',
  'fixes.card.vpn-disconnect-test.step3':
    'Pour un VPN professionnel, demandez au service informatique si le trafic Apple peut contourner le tunnel, comme Apple le recommande pour ses services.',
  'fixes.card.vpn-split-dns.title': 'Le VPN prend le contrôle du DNS d’Apple',
  'fixes.card.vpn-split-dns.why':
    'Un VPN ou un profil de configuration demande à ce Mac d’interroger le serveur DNS du VPN pour apple.com. Si ce serveur ne sait pas répondre pour Apple, la connexion échoue.',
  'fixes.card.vpn-split-dns.step0': 'Déconnectez le VPN et vérifiez de nouveau pour confirmer.',
  'fixes.card.vpn-split-dns.step1': 'Vérifiez de nouveau avec le VPN désactivé.',
  'fixes.card.vpn-split-dns.step2':
    'Pour un VPN professionnel : demandez au service informatique de retirer apple.com des domaines DNS du VPN, ou de faire répondre correctement le serveur DNS du VPN pour les hôtes Apple. Le rapport indique le résolveur qui capte apple.com.',
  'fixes.card.vpn-split-dns.step3': 'Après la modification du VPN, videz le cache DNS (votre mot de passe administrateur est nécessaire).',
  'fixes.card.proxy-app-fake-ip.title': 'Une app de proxy intercepte le DNS',
  'fixes.card.proxy-app-fake-ip.why':
    'Une app de proxy ou de VPN (souvent en mode « fake-IP », « amélioré » ou TUN) répond au DNS avec des adresses de substitution 198.18.x.x, et son tunnel n’achemine pas le trafic Apple.',
  'fixes.card.proxy-app-fake-ip.step0': 'Quittez complètement l’app de proxy, ou désactivez son mode proxy système, amélioré ou TUN, puis vérifiez de nouveau.',
  'fixes.card.proxy-app-fake-ip.step1':
    'Si vous avez besoin de l’app, ajoutez une règle pour qu’apple.com, icloud.com et leurs sous-domaines se connectent directement, ou vérifiez que son serveur actuel fonctionne.',
  'fixes.card.proxy-app-fake-ip.step2': 'Videz le cache DNS après avoir quitté l’app (votre mot de passe administrateur est nécessaire).',
  'fixes.card.push-ports-blocked.title': 'Laisser passer les Notifications Push d’Apple',
  'fixes.card.push-ports-blocked.why':
    'Les Notifications Push d’Apple transportent les demandes d’approbation de connexion et les codes de validation vers vos appareils. Elles ont besoin du port TCP 5223 sortant vers Apple ; le port 443 n’est qu’une solution de repli (en Wi-Fi).',
  'fixes.card.push-ports-blocked.step0':
    'Connectez-vous à un autre réseau, par exemple le Partage de connexion de votre iPhone, et vérifiez de nouveau. Les Wi-Fi invités et publics bloquent souvent le port 5223.',
  'fixes.card.push-ports-blocked.step1': 'Désactivez un instant les apps de VPN et de coupe-feu ou de « protection réseau », puis vérifiez de nouveau.',
  'fixes.card.push-ports-blocked.step2':
    'Réseau géré par un tiers : son responsable doit autoriser le TCP 5223 et 443 sortant vers 17.0.0.0/8 (le réseau d’Apple). Un proxy ne peut transporter le repli sur le port 443 que s’il laisse passer le trafic sans le déchiffrer.',
  'fixes.action.apples-push-notification-ports': 'Ports des notifications push d’Apple',
  'fixes.card.tls-inspection-user.title': 'Arrêter l’analyse HTTPS du trafic Apple',
  'fixes.card.tls-inspection-user.why':
    'Une app de sécurité ou un proxy d’entreprise ouvre la connexion sécurisée vers Apple pour l’inspecter. Apple refuse la connexion à travers une telle inspection : elle doit être désactivée pour Apple.',
  'fixes.card.tls-inspection-user.step0':
    'Si vous utilisez un antivirus ou une suite de sécurité Internet, ouvrez-le et désactivez son option « analyse HTTPS », « protection web », « filtrage SSL » ou « analyse des connexions chiffrées » (ou excluez apple.com), puis vérifiez de nouveau.',
  'fixes.card.tls-inspection-user.step1':
    'Les apps de contrôle parental et de blocage de publicités qui installent leur propre certificat font de même : mettez-les en pause et vérifiez de nouveau.',
  'fixes.card.tls-inspection-user.step2':
    'Sur un Mac professionnel, scolaire ou géré, n’essayez pas de contourner cela : demandez au service informatique d’exclure les hôtes d’Apple de l’inspection SSL/HTTPS (le rapport indique quel émetteur de certificat a intercepté la connexion).',
  'fixes.card.tls-inspection-user.step3':
    'Connectez-vous à un autre réseau, par exemple le Partage de connexion de votre iPhone, pour confirmer : si la connexion fonctionne là, l’inspection a lieu sur ce réseau.',
  'fixes.card.tls-inspection-admin.title': 'Exclure les hôtes Apple de l’inspection SSL',
  'fixes.card.tls-inspection-admin.why':
    'Apple indique que ses services font échouer toute connexion soumise à une interception HTTPS (inspection SSL). Le proxy ou le coupe-feu doit laisser passer le trafic Apple sans y toucher.',
  'fixes.card.tls-inspection-admin.step0':
    'Ouvrez l’article d’Apple « Utiliser des produits Apple sur des réseaux d’entreprise » et ajoutez chaque hôte compte Apple, iCloud, push et App Store qu’il liste à la liste d’exclusion de l’inspection SSL/HTTPS.',
  'fixes.action.open-apples-host-list': 'Ouvrir la liste des hôtes d’Apple',
  'fixes.card.tls-inspection-admin.step1':
    'Excluez au minimum appleid.apple.com, appleid.cdn-apple.com, idmsa.apple.com, gsa.apple.com et *.push.apple.com, ou tout le réseau 17.0.0.0/8.',
  'fixes.card.tls-inspection-admin.step2':
    'Laissez passer ces hôtes sans authentification de proxy si possible : les services d’arrière-plan de macOS ne peuvent pas toujours fournir d’identifiants de proxy.',
  'fixes.card.tls-inspection-admin.step3': 'Demandez à l’utilisateur de vérifier de nouveau une fois la règle appliquée.',
  'fixes.card.tls-certificate-problem.title': 'Certificat refusé',
  'fixes.card.tls-certificate-problem.why':
    'Le serveur qui a répondu n’a pas présenté de certificat valide pour Apple. Soit l’horloge de ce Mac est fausse, soit quelque chose sur le réseau se fait passer pour Apple.',
  'fixes.card.tls-certificate-problem.step0':
    'Vérifiez d’abord que la date et l’heure de ce Mac sont exactes (voir la fiche sur l’horloge) ; une horloge fausse fait paraître expirés ou pas encore valides des certificats corrects.',
  'fixes.action.open-date-time': 'Ouvrir Date et heure',
  'fixes.card.tls-certificate-problem.step1': 'Connectez-vous à un autre réseau, par exemple le Partage de connexion de votre iPhone, et vérifiez de nouveau.',
  'fixes.card.tls-certificate-problem.step2':
    'Si l’échec ne se produit que sur ce réseau, une app de sécurité ou le réseau intercepte la connexion : consultez la fiche sur l’analyse HTTPS, ou prévenez le responsable du réseau.',
  'fixes.card.clock-set-automatically.title': 'Régler la date et l’heure automatiquement',
  'fixes.card.clock-set-automatically.why':
    'Les connexions sécurisées et les codes de validation dépendent de l’heure exacte. Quand le Mac règle son horloge automatiquement sur le serveur de temps d’Apple, elle reste juste.',
  'fixes.card.clock-set-automatically.step0': 'Ouvrez Réglages Système › Général › Date et heure.',
  'fixes.card.clock-set-automatically.step1':
    'Activez « Régler la date et l’heure automatiquement » et vérifiez que la source est time.apple.com (un mot de passe administrateur peut être demandé).',
  'fixes.card.clock-set-automatically.step2':
    'Ou laissez cette app l’activer pour vous avec time.apple.com : elle affiche d’abord la commande et macOS demande votre mot de passe administrateur.',
  'fixes.card.clock-set-automatically.step3':
    'Activez « Régler le fuseau horaire automatiquement en fonction de votre position actuelle », ou choisissez le bon fuseau horaire à la main.',
  'fixes.card.clock-step-now.title': 'Corriger l’horloge maintenant',
  'fixes.card.clock-step-now.why':
    'Même avec l’heure automatique, une horloge très décalée peut mettre du temps à se rattraper. Vous pouvez la corriger immédiatement à partir du serveur de temps d’Apple.',
  'fixes.step.make-sure-set-time-and-date':
    'Vérifiez que « Régler la date et l’heure automatiquement » est activé dans Réglages Système › Général › Date et heure.',
  'fixes.card.clock-step-now.step1':
    'Pour corriger l’horloge immédiatement, copiez cette commande, collez-la dans Terminal et saisissez votre mot de passe administrateur.',
  'fixes.action.copy-clock-correction-command': 'Copier la commande de correction de l’horloge',
  'fixes.note.copy-clock-correction-command':
    'Demande l’heure au serveur de temps d’Apple (time.apple.com) et y règle une fois l’horloge de ce Mac. Nécessite un mot de passe administrateur. Ne modifie aucun réglage.',
  'fixes.card.clock-unverifiable.title': 'Serveur de temps injoignable',
  'fixes.card.clock-unverifiable.why':
    'Ce Mac n’a pas pu joindre le serveur de temps d’Apple : il ne peut donc pas garder son horloge à l’heure automatiquement sur ce réseau. C’est sans conséquence tant que l’horloge reste exacte.',
  'fixes.card.clock-unverifiable.step0':
    'Comparez l’horloge de la barre des menus avec votre téléphone. Si elles concordent à quelques secondes près, il n’y a rien à faire pour l’instant.',
  'fixes.card.clock-unverifiable.step2':
    'Réseau géré par un tiers : son responsable doit autoriser le port UDP 123 sortant vers time.apple.com (le service de temps d’Apple).',
  'fixes.card.clock-unverifiable.step3': 'Vérifiez de nouveau sur un autre réseau.',
  'fixes.card.apple-outage-wait.title': 'Attendre qu’Apple règle le problème',
  'fixes.card.apple-outage-wait.why':
    'Apple signale un problème sur un service dont dépend la connexion. Il n’y a rien à réparer sur ce Mac ; modifier des réglages maintenant ne peut qu’ajouter de nouveaux problèmes.',
  'fixes.card.apple-outage-wait.step0': 'Ouvrez la page État du système d’Apple pour voir les services touchés et la dernière mise à jour d’Apple.',
  'fixes.action.open-apple-system-status': 'Ouvrir l’état du système Apple',
  'fixes.card.apple-outage-wait.step1':
    'Ne réinitialisez pas de mot de passe, ne supprimez pas d’éléments du trousseau et ne vous déconnectez pas pendant la panne.',
  'fixes.card.apple-outage-wait.step2':
    'Activez « Me prévenir quand le compte Apple est de retour » dans les réglages de cette app pour recevoir une notification quand la connexion refonctionne.',
  'fixes.step.check-again-later': 'Vérifiez de nouveau plus tard.',
  'fixes.card.apple-status-check-manually.title': 'Consulter vous-même la page d’état d’Apple',
  'fixes.card.apple-status-check-manually.why':
    'Cette app n’a pas pu lire l’état du système d’Apple : un problème côté Apple ne peut donc pas être exclu automatiquement.',
  'fixes.card.apple-status-check-manually.step0':
    'Ouvrez la page État du système d’Apple et regardez « Compte Apple », « Compte iCloud et connexion » et « App Store ».',
  'fixes.card.apple-status-check-manually.step1': 'Si un service affiche un problème, attendez qu’Apple le résolve.',
  'fixes.card.apple-server-error.title': 'Le serveur d’Apple rencontre des difficultés',
  'fixes.card.apple-server-error.why':
    'Le serveur de connexion d’Apple a répondu, mais par une erreur, ou pas du tout. C’est généralement temporaire et côté Apple, ou dû à quelque chose qui réécrit le trafic en chemin.',
  'fixes.card.apple-server-error.step0': 'Consultez la page État du système d’Apple pour voir si un problème est signalé.',
  'fixes.card.apple-server-error.step1': 'Patientez quelques minutes et vérifiez de nouveau.',
  'fixes.card.apple-server-error.step2':
    'Si l’échec persiste seulement sur ce réseau, essayez-en un autre (par exemple le Partage de connexion de votre iPhone) : un proxy ou un filtre interfère peut-être.',
  'fixes.card.apple-rate-limited.title': 'Trop de tentatives — patientez',
  'fixes.card.apple-rate-limited.why':
    'Le serveur d’Apple a demandé à ce réseau de ralentir. Des tentatives de connexion répétées, ou de nombreuses personnes partageant une même adresse Internet (bureau, école, VPN), peuvent en être la cause.',
  'fixes.card.apple-rate-limited.step0': 'Arrêtez d’essayer de vous connecter pendant un moment ; chaque tentative peut allonger l’attente.',
  'fixes.card.apple-rate-limited.step1': 'Si vous utilisez un VPN, déconnectez-le : les adresses VPN sont partagées par beaucoup de monde.',
  'fixes.card.diagnostic-could-not-run.title': 'Cette vérification n’a pas pu s’exécuter',
  'fixes.card.diagnostic-could-not-run.why':
    'Une partie du diagnostic n’a pas pu s’exécuter sur ce Mac. Ce n’est pas un verdict sur la connexion : les autres vérifications restent valables.',
  'fixes.card.diagnostic-could-not-run.step0': 'Relancez les vérifications ; un Mac très occupé peut faire expirer un outil.',
  'fixes.card.diagnostic-could-not-run.step1': 'Si l’échec persiste, redémarrez le Mac et vérifiez de nouveau.',
  'fixes.card.diagnostic-could-not-run.step2':
    'Si cela échoue encore, exportez le rapport depuis cette app et joignez-le lorsque vous contactez l’assistance Apple.',
  'fixes.action.contact-apple-support': 'Contacter l’assistance Apple',
  'fixes.card.keychain-update-password.title': 'Saisir le mot de passe actuel de votre compte Apple',
  'fixes.card.keychain-update-password.why':
    'Si le mot de passe de votre compte Apple a changé sur un autre appareil, ce Mac a peut-être gardé l’ancien et continue à demander un mot de passe.',
  'fixes.card.keychain-update-password.step0':
    'Ouvrez Réglages Système et cliquez sur votre nom en haut de la barre latérale (« identifiant Apple » sous macOS 13–14, « Compte Apple » sous macOS 15 et ultérieur). S’il vous demande de mettre à jour les réglages du compte ou de saisir votre mot de passe, faites-le avec votre mot de passe actuel.',
  'fixes.action.open-apple-account-settings': 'Ouvrir les réglages du compte Apple',
  'fixes.card.keychain-update-password.step1':
    'Si vous ne connaissez pas votre mot de passe actuel, réinitialisez-le sur iforgot.apple.com ou sur un iPhone ou iPad de confiance.',
  'fixes.action.reset-password': 'Réinitialiser le mot de passe',
  'fixes.card.keychain-update-password.step2': 'Redémarrez le Mac, puis vérifiez de nouveau.',
  'fixes.card.keychain-duplicates-cleanup.title': 'Nettoyer les doublons du compte Apple dans le trousseau (avec prudence)',
  'fixes.card.keychain-duplicates-cleanup.why':
    'Plusieurs copies du même élément du compte Apple existent dans votre trousseau ; une ancienne copie peut provoquer des demandes de mot de passe sans fin. Supprimer le mauvais élément peut faire perdre des mots de passe : allez-y doucement.',
  'fixes.card.keychain-duplicates-cleanup.step0':
    'Essayez d’abord la solution simple : saisissez votre mot de passe actuel quand macOS le demande, redémarrez et vérifiez de nouveau. Ne continuez que si les demandes persistent.',
  'fixes.card.keychain-duplicates-cleanup.step1':
    'Sauvegardez d’abord, et ne supprimez ni ne réinitialisez jamais tout votre trousseau de session. Faites une sauvegarde Time Machine, ou copiez le fichier de votre trousseau de session avec cette commande.',
  'fixes.action.copy-backup-command': 'Copier la commande de sauvegarde',
  'fixes.note.copy-backup-command':
    'Copie le fichier de votre trousseau de session (toujours chiffré avec votre mot de passe de session) sur le bureau en guise de sauvegarde. Ne nécessite pas de mot de passe administrateur et ne modifie rien.',
  'fixes.card.keychain-duplicates-cleanup.step2':
    'Déconnectez-vous d’abord de votre compte Apple sur ce Mac : Réglages Système › (votre nom) › Se déconnecter. Conservez une copie de vos données iCloud si on vous le propose.',
  'fixes.card.keychain-duplicates-cleanup.step3':
    'Ouvrez Trousseau d’accès (utilisez Spotlight s’il n’est pas dans Applications › Utilitaires), choisissez le trousseau « session » et recherchez les noms d’éléments que cette app a signalés comme doublons.',
  'fixes.action.open-keychain-access': 'Ouvrir Trousseau d’accès',
  'fixes.card.keychain-duplicates-cleanup.step4':
    'Supprimez seulement les doublons les plus anciens de ces éléments du compte Apple — gardez le plus récent, et ne touchez à aucun autre élément.',
  'fixes.card.keychain-duplicates-cleanup.step5':
    'Ne supprimez pas d’éléments du trousseau « iCloud » (ou « Éléments locaux ») : les éléments du trousseau iCloud se synchronisent, en supprimer un l’efface de tous vos appareils.',
  'fixes.card.keychain-duplicates-cleanup.step6': 'Redémarrez le Mac, reconnectez-vous à votre compte Apple, puis vérifiez de nouveau.',
  'fixes.card.firewall-block-all.title': 'Désactiver « Bloquer toutes les connexions entrantes »',
  'fixes.card.firewall-block-all.why':
    'Cette option du coupe-feu refuse toute connexion entrante hormis les services réseau de base, ce qui casse les fonctions de partage et peut gêner certains services Apple. Le coupe-feu normal et le mode furtif ne posent pas de problème.',
  'fixes.card.firewall-block-all.step0': 'Ouvrez Réglages Système › Réseau › Coupe-feu.',
  'fixes.action.open-firewall-settings': 'Ouvrir les réglages du coupe-feu',
  'fixes.card.firewall-block-all.step1':
    'Cliquez sur Options, désactivez « Bloquer toutes les connexions entrantes » et cliquez sur OK (un mot de passe administrateur peut être demandé). Vous pouvez laisser activés le coupe-feu lui-même et « Activer le mode furtif ».',
  'fixes.card.firewall-block-all.step2': 'Sur un Mac géré, ce réglage peut venir du service informatique ; demandez-lui s’il est verrouillé.',
  'fixes.card.macos-update.title': 'Mettre à jour macOS',
  'fixes.card.macos-update.why':
    'La connexion au compte Apple et ses contrôles de sécurité évoluent sans cesse ; une ancienne version de macOS peut cesser de fonctionner avec eux, et les mises à jour corrigent des bugs de connexion.',
  'fixes.card.macos-update.step0': 'Faites d’abord une sauvegarde avec Time Machine.',
  'fixes.card.macos-update.step1': 'Ouvrez Réglages Système › Général › Mise à jour de logiciels et installez les mises à jour proposées.',
  'fixes.action.open-software-update': 'Ouvrir Mise à jour de logiciels',
  'fixes.card.macos-update.step2':
    'Si aucune version plus récente de macOS n’est proposée, ce Mac est peut-être à sa dernière version prise en charge ; installez les mises à jour de sécurité affichées.',
  'fixes.card.macos-update.step3': 'Redémarrez et vérifiez de nouveau.',
  'fixes.card.account-sign-in.title': 'Vous connecter à votre compte Apple',
  'fixes.card.account-sign-in.why':
    'Aucun compte Apple n’est connecté sur ce Mac : iCloud, Messages, FaceTime et les fonctions de l’App Store qui en ont besoin sont désactivés.',
  'fixes.card.account-sign-in.step0':
    'Ouvrez Réglages Système et cliquez sur « Se connecter » en haut de la barre latérale (« Se connecter avec votre identifiant Apple » sous macOS 13–14, « Se connecter avec votre compte Apple » sous macOS 15 et ultérieur).',
  'fixes.card.account-sign-in.step1':
    'Saisissez votre adresse e-mail ou votre numéro de téléphone et votre mot de passe, puis le code de validation affiché sur vos autres appareils Apple.',
  'fixes.card.account-sign-in.step2': 'Mot de passe oublié ? Réinitialisez-le sur iforgot.apple.com.',
  'fixes.card.account-password-reset.title': 'Réinitialiser le mot de passe de votre compte Apple',
  'fixes.card.account-password-reset.why':
    'Si le mot de passe est refusé sur tous les appareils, ou si le compte est verrouillé, seule une réinitialisation du mot de passe ou une récupération de compte vous permettra d’y accéder.',
  'fixes.card.account-password-reset.step0':
    'Sur un iPhone ou iPad de confiance connecté au même compte, modifiez le mot de passe dans Réglages › (votre nom) › Connexion et sécurité › Modifier le mot de passe (« Mot de passe et sécurité » sous iOS 16 et versions antérieures).',
  'fixes.card.account-password-reset.step1':
    'Sinon, allez sur iforgot.apple.com et suivez les étapes pour réinitialiser le mot de passe ou déverrouiller le compte. L’iPhone ou l’iPad d’un membre de la famille avec l’app Assistance Apple, ou un contact de récupération, peut aussi vous aider.',
  'fixes.action.open-iforgot-apple-com': 'Ouvrir iforgot.apple.com',
  'fixes.card.account-password-reset.step2':
    'Si rien d’autre ne fonctionne, Apple propose la récupération de compte : un délai d’attente de plusieurs jours ou plus. Utilisez-la en dernier recours, lancez-la une seule fois et suivez les instructions d’Apple — utiliser d’autres appareils connectés entre-temps peut la retarder ou l’annuler.',
  'fixes.action.about-account-recovery': 'À propos de la récupération de compte',
  'fixes.card.account-password-reset.step3': 'Après la réinitialisation, reconnectez-vous sur ce Mac avec le nouveau mot de passe.',
  'fixes.card.account-review-security.title': 'Vérifier les informations de sécurité de votre compte Apple',
  'fixes.card.account-review-security.why':
    'Les codes de connexion sont envoyés à vos appareils et numéros de téléphone de confiance. S’ils ne sont plus à jour, les codes partent vers un téléphone ou un appareil que vous n’avez plus.',
  'fixes.card.account-review-security.step0':
    'Connectez-vous sur account.apple.com et ouvrez Connexion et sécurité pour vérifier vos numéros de téléphone de confiance ; ajoutez un numéro auquel vous êtes joignable et supprimez ceux que vous n’utilisez plus.',
  'fixes.action.open-account-apple-com': 'Ouvrir account.apple.com',
  'fixes.card.account-review-security.step1': 'Vérifiez aussi la liste des appareils : supprimez ceux que vous ne possédez plus.',
  'fixes.card.account-review-security.step2': 'Pensez à configurer un contact de récupération de compte, pour pouvoir retrouver l’accès si vous le perdez.',
  'fixes.action.about-recovery-contacts': 'À propos des contacts de récupération',
  'fixes.card.support-escalate.title': 'Contacter l’assistance Apple avec votre rapport',
  'fixes.card.support-escalate.why':
    'Quand les vérifications réussissent mais que la connexion échoue toujours, ou que le compte lui-même est verrouillé, l’assistance Apple peut examiner votre compte. Un rapport de ce que vous avez vérifié accélère les choses.',
  'fixes.card.support-escalate.step0':
    'Exportez le rapport depuis cette app (il omet les détails de votre compte, sauf si vous les incluez) et notez le message d’erreur exact que vous voyez.',
  'fixes.card.support-escalate.step1': 'Contactez l’assistance Apple et choisissez « Compte Apple » comme sujet.',
  'fixes.card.admin-allow-apple-hosts.title': 'Autoriser les hôtes d’Apple sur le réseau',
  'fixes.card.admin-allow-apple-hosts.why':
    'Les appareils Apple doivent joindre directement les serveurs d’Apple. Les coupe-feu, filtres et proxys qui bloquent, ralentissent ou inspectent ces connexions cassent la connexion, les codes et les notifications.',
  'fixes.card.admin-allow-apple-hosts.step0':
    'Ouvrez l’article d’Apple « Utiliser des produits Apple sur des réseaux d’entreprise » pour la liste à jour des hôtes et des ports.',
  'fixes.card.admin-allow-apple-hosts.step1':
    'Autorisez le TCP 443 sortant vers les hôtes du compte Apple (appleid.apple.com, appleid.cdn-apple.com, idmsa.apple.com, gsa.apple.com) et le TCP 5223 et 443 vers *.push.apple.com ; ou autorisez 17.0.0.0/8.',
  'fixes.card.admin-allow-apple-hosts.step2':
    'Assurez-vous que le DNS résout ces hôtes vers les vraies adresses d’Apple et qu’ils échappent à l’inspection HTTPS.',
  'fixes.card.admin-allow-apple-hosts.step3': 'Demandez à l’utilisateur de vérifier de nouveau.',
  'fixes.card.auth-wrong-password.title': 'Utiliser le mot de passe actuel de votre compte Apple',
  'fixes.card.auth-wrong-password.why':
    'Apple a refusé le mot de passe envoyé par ce Mac. Cela arrive après un changement de mot de passe sur un autre appareil ou sur le web, ou en cas de faute de frappe.',
  'fixes.card.auth-wrong-password.step0':
    'Vérifiez le mot de passe en vous connectant sur account.apple.com dans un navigateur. Si cela fonctionne, reconnectez-vous sur ce Mac avec le même mot de passe dans Réglages Système › (votre nom).',
  'fixes.card.auth-wrong-password.step1': 'Ouvrez Réglages Système › (votre nom) et saisissez le mot de passe actuel lorsqu’il est demandé.',
  'fixes.card.auth-wrong-password.step2':
    'Si vous ne connaissez pas le mot de passe actuel, réinitialisez-le sur un iPhone ou iPad de confiance, ou sur iforgot.apple.com.',
  'fixes.card.auth-wrong-password.step3': 'Vérifiez de nouveau après vous être connecté.',
  'fixes.card.auth-too-many-attempts.title': 'Attendre avant de réessayer de vous connecter',
  'fixes.card.auth-too-many-attempts.why':
    'Après trop de tentatives, Apple vous fait patienter. Chaque nouvelle tentative pendant l’attente peut prolonger le délai ou verrouiller le compte.',
  'fixes.card.auth-too-many-attempts.step0':
    'Arrêtez d’essayer sur tous les appareils pour l’instant — y compris les apps et appareils qui redemandent le mot de passe en arrière-plan. Attendez au moins une heure avant le prochain essai.',
  'fixes.card.auth-too-many-attempts.step1':
    'Au prochain essai, veillez à saisir le mot de passe actuel ; si vous n’en êtes pas sûr, réinitialisez-le sur iforgot.apple.com au lieu de deviner.',
  'fixes.card.auth-account-locked.title': 'Déverrouiller votre compte Apple sur iforgot.apple.com',
  'fixes.card.auth-account-locked.why':
    'Apple verrouille un compte pour le protéger après trop d’échecs (mot de passe, questions de sécurité ou codes). Attendre ne le déverrouille pas ; prouver votre identité, si.',
  'fixes.card.auth-account-locked.step0':
    'Allez sur iforgot.apple.com (ou, sur un iPhone ou iPad de confiance, suivez le message indiquant que le compte est verrouillé) et confirmez votre identité avec votre numéro de téléphone ou appareil de confiance. Vous devrez peut-être réinitialiser le mot de passe.',
  'fixes.card.auth-account-locked.step1': 'Après le déverrouillage, reconnectez-vous sur ce Mac dans Réglages Système › (votre nom).',
  'fixes.step.send-codes':
    'Toujours en échec ? Exportez le rapport depuis cette app : il liste les codes et heures exacts consignés par les logiciels d’Apple (votre adresse e-mail, vos numéros de téléphone et de compte sont omis). Transmettez-les à l’assistance Apple.',
  'fixes.card.auth-code-not-delivered.title': 'Obtenir le code de validation autrement',
  'fixes.card.auth-code-not-delivered.why':
    'Le code d’identification à deux facteurs n’est pas arrivé. Les codes sont envoyés à vos appareils de confiance par les Notifications Push d’Apple, ou à votre numéro de confiance par SMS ou appel.',
  'fixes.card.auth-code-not-delivered.step0':
    'Sur un iPhone ou iPad de confiance en ligne, ouvrez Réglages › (votre nom) › Connexion et sécurité › Identification à deux facteurs › Obtenir un code de validation (sur un Mac de confiance : Réglages Système › (votre nom) › Connexion et sécurité).',
  'fixes.card.auth-code-not-delivered.step1':
    'Sur l’écran de connexion, choisissez « Vous n’avez pas reçu de code de validation ? » et faites envoyer le code à votre numéro de confiance par SMS ou appel.',
  'fixes.action.about-verification-codes': 'À propos des codes de validation',
  'fixes.card.auth-code-not-delivered.step2':
    'Vérifiez que l’appareil de confiance est en ligne, réveillé et connecté au même compte Apple. Si vous n’avez aucun appareil de confiance sous la main, utilisez votre numéro de téléphone de confiance.',
  'fixes.card.auth-code-not-delivered.step3':
    'Si les codes n’arrivent jamais sur les appareils de ce réseau, vérifiez que les Notifications Push d’Apple peuvent passer (TCP 5223).',
  'fixes.action.apple-push-ports': 'Ports push d’Apple',
  'fixes.card.auth-code-rejected.title': 'Saisir rapidement le code de validation le plus récent',
  'fixes.card.auth-code-rejected.why':
    'Apple a refusé le code. Les codes expirent vite, une nouvelle demande invalide les anciens codes, et une horloge fausse sur ce Mac peut faire paraître expiré un code correct.',
  'fixes.card.auth-code-rejected.step0':
    'Demandez un nouveau code et saisissez uniquement le plus récent, tout de suite. Ignorez les codes des tentatives précédentes.',
  'fixes.card.auth-code-rejected.step1': 'Vérifiez que ce Mac règle son heure automatiquement : Réglages Système › Général › Date et heure.',
  'fixes.card.auth-no-push-token.title': 'Laisser ce Mac s’inscrire aux Notifications Push d’Apple',
  'fixes.card.auth-no-push-token.why':
    'Sans jeton push, Apple ne peut pas envoyer à ce Mac d’approbations de connexion ni de codes de validation. Le Mac en obtient un auprès du service push d’Apple quand il peut le joindre avec la bonne heure.',
  'fixes.card.auth-no-push-token.step0': 'Vérifiez que la date et l’heure sont réglées automatiquement (Réglages Système › Général › Date et heure).',
  'fixes.card.auth-no-push-token.step1':
    'Vérifiez que le réseau laisse passer les Notifications Push d’Apple : TCP 5223 (443 en repli) vers *.push.apple.com. Un VPN ou un réseau filtrant peut les bloquer.',
  'fixes.card.auth-no-push-token.step2': 'Redémarrez le Mac : le service push se réinscrit au démarrage.',
  'fixes.card.auth-no-push-token.step3': 'En attendant, faites envoyer les codes de validation à votre numéro de téléphone de confiance.',
  'fixes.card.auth-attestation-failed.title': 'Ce Mac n’a pas pu prouver qu’il est authentique',
  'fixes.card.auth-attestation-failed.why':
    'À chaque connexion, macOS prouve à Apple qu’il fonctionne sur du vrai matériel Apple (attestation de l’appareil). Si cela échoue, Apple refuse la connexion, quels que soient le mot de passe ou le réseau.',
  'fixes.card.auth-attestation-failed.step0':
    'Installez la dernière mise à jour de macOS (Réglages Système › Général › Mise à jour de logiciels) et redémarrez le Mac.',
  'fixes.card.auth-attestation-failed.step1':
    'S’il s’agit d’une machine virtuelle ou d’un Mac dont l’identité matérielle a changé (numéro de série, carte mère remplacée hors d’Apple), Apple peut le refuser ; la connexion dans une machine virtuelle ne fonctionne que là où la virtualisation d’Apple la prend en charge (puce Apple, macOS 15 ou ultérieur pour l’hôte et l’invité).',
  'fixes.card.auth-attestation-failed.step2': 'Sur un Mac authentique, redémarrez-le et réessayez ; si l’échec persiste, l’assistance Apple doit l’examiner.',
  'fixes.card.apple-log-send-codes.title': 'Envoyer à l’assistance Apple les codes consignés par les logiciels d’Apple',
  'fixes.card.apple-log-send-codes.why':
    'L’assistance Apple demande les codes d’erreur exacts. Cette app les a trouvés dans le journal du Mac, avec leur heure : vous n’avez pas à les chercher.',
  'fixes.card.apple-log-send-codes.step0':
    'Ouvrez le rapport dans cette app et exportez-le ; il contient les codes et les heures listés sous « Ce qu’ont dit les logiciels d’Apple », sans vos informations personnelles.',
  'fixes.symptom.stuck-verifying.title': 'La connexion reste bloquée sur « Vérification… »',
  'fixes.symptom.stuck-verifying.description':
    'Réglages Système, l’App Store ou une autre app tourne indéfiniment sur « Vérification » ou « Connexion » sans jamais aboutir.',
  'fixes.symptom.stuck-verifying.step0': 'Lancez les vérifications de connexion et suivez d’abord les fiches qu’elles affichent.',
  'fixes.action.run-the-checks': 'Lancer les vérifications',
  'fixes.symptom.stuck-verifying.step1': 'Consultez la page État du système d’Apple pour « Compte Apple » ou « Compte iCloud et connexion ».',
  'fixes.step.hotspot': 'Connectez-vous à un autre réseau — le Partage de connexion de votre iPhone est le plus rapide — et réessayez.',
  'fixes.step.hotspot-detail':
    'Si cela fonctionne là, c’est le réseau habituel (routeur, filtre DNS, coupe-feu, proxy ou VPN) qui est en cause, pas votre compte.',
  'fixes.symptom.stuck-verifying.step3': 'Désactivez un instant les apps de VPN, de proxy et de protection web, puis réessayez.',
  'fixes.symptom.stuck-verifying.step5': 'Quittez Réglages Système (ou l’app bloquée) avec Commande + Q, redémarrez le Mac et réessayez une fois.',
  'fixes.symptom.stuck-verifying.step5.detail':
    'Un redémarrage débloque les processus de connexion figés. Évitez les essais répétés : trop de tentatives d’affilée peuvent amener Apple à ralentir temporairement votre connexion.',
  'fixes.symptom.stuck-verifying.step6': 'Installez les mises à jour de macOS disponibles dans Réglages Système › Général › Mise à jour de logiciels.',
  'fixes.symptom.stuck-verifying.topic': 'connexion bloquée sur Vérification',
  'fixes.escalate.text': 'Toujours rien ? Exportez le rapport depuis cette app et contactez l’assistance Apple au sujet de « {topic} ».',
  'fixes.escalate.detail':
    'Le rapport liste les vérifications effectuées, leurs résultats et les étapes que vous avez cochées, sans les détails de votre compte sauf si vous les incluez. Indiquez le modèle de votre Mac, la version de macOS et le message d’erreur exact que vous voyez.',
  'fixes.symptom.works-on-iphone-not-mac.title': 'Cela fonctionne sur mon iPhone, mais pas sur ce Mac',
  'fixes.symptom.works-on-iphone-not-mac.description':
    'Vous pouvez vous connecter sur votre iPhone ou iPad avec le même compte Apple, mais le Mac échoue ou redemande sans cesse.',
  'fixes.symptom.works-on-iphone-not-mac.step0': 'Lancez les vérifications de ce Mac et de son réseau ; suivez d’abord les fiches qu’elles affichent.',
  'fixes.symptom.works-on-iphone-not-mac.step1':
    'Vérifiez qu’il s’agit du même compte : comparez l’adresse e-mail sous votre nom dans Réglages sur l’iPhone et dans Réglages Système sur le Mac.',
  'fixes.symptom.works-on-iphone-not-mac.step1.detail':
    'Sous macOS 13–14, l’entrée s’appelle « identifiant Apple », à partir de macOS 15 « Compte Apple ». L’App Store peut utiliser un autre compte : voir Contenu multimédia et achats sous votre nom.',
  'fixes.symptom.works-on-iphone-not-mac.step2': 'Connectez le Mac au Partage de connexion de votre iPhone et réessayez.',
  'fixes.symptom.works-on-iphone-not-mac.step3': 'Vérifiez que la date, l’heure et le fuseau horaire du Mac sont réglés automatiquement.',
  'fixes.symptom.works-on-iphone-not-mac.step4': 'Installez les mises à jour de macOS disponibles.',
  'fixes.symptom.works-on-iphone-not-mac.step5': 'Redémarrez le Mac, puis réessayez.',
  'fixes.symptom.works-on-iphone-not-mac.step5.detail':
    'Inutile de réinitialiser la NVRAM ou le SMC : ces réinitialisations n’existent que sur les Mac à processeur Intel et ne règlent ni les problèmes de connexion ni les problèmes de réseau. Sur un Mac avec puce Apple, un redémarrage fait l’équivalent.',
  'fixes.symptom.works-on-iphone-not-mac.step6':
    'Testez avec un nouvel utilisateur : dans Réglages Système › Utilisateurs et groupes, ajoutez un utilisateur temporaire, ouvrez une session avec lui et connectez-vous à votre compte Apple.',
  'fixes.symptom.works-on-iphone-not-mac.step6.detail':
    'Si cela fonctionne pour le nouvel utilisateur, le problème vient de votre propre compte utilisateur (éléments du trousseau ou réglages), pas du Mac ni du réseau. Supprimez ensuite l’utilisateur de test.',
  'fixes.symptom.works-on-iphone-not-mac.topic': 'connexion qui fonctionne sur iPhone mais pas sur Mac',
  'fixes.symptom.icloud-errors.title': 'iCloud affiche des erreurs',
  'fixes.symptom.icloud-errors.description':
    'iCloud Drive, Photos, Notes ou d’autres fonctions iCloud affichent des erreurs, ne se synchronisent plus ou vous demandent de vous reconnecter.',
  'fixes.step.run-checks': 'Lancez les vérifications et suivez d’abord les fiches qu’elles affichent.',
  'fixes.symptom.icloud-errors.step1': 'Consultez la page État du système d’Apple pour le service iCloud en échec.',
  'fixes.symptom.icloud-errors.step2':
    'Ouvrez Réglages Système › (votre nom) › iCloud : saisissez votre mot de passe si on vous le demande, et vérifiez que votre stockage iCloud n’est pas plein.',
  'fixes.symptom.icloud-errors.step2.detail': 'Un stockage iCloud plein bloque les envois et les sauvegardes, même quand la connexion fonctionne.',
  'fixes.symptom.icloud-errors.step3': 'Vérifiez que la date et l’heure sont réglées automatiquement.',
  'fixes.symptom.icloud-errors.step5':
    'En dernier recours, déconnectez-vous de votre compte Apple sur ce Mac (Réglages Système › votre nom › Se déconnecter), redémarrez et reconnectez-vous.',
  'fixes.symptom.icloud-errors.step5.detail':
    'Lors de la déconnexion, choisissez de garder une copie de vos données iCloud sur le Mac. Les fichiers qui ne sont que dans iCloud Drive se téléchargent de nouveau après la reconnexion, ce qui peut prendre du temps.',
  'fixes.symptom.icloud-errors.topic': 'erreurs iCloud',
  'fixes.symptom.password-prompts-fail.title': 'Les demandes de mot de passe échouent ou reviennent sans cesse',
  'fixes.symptom.password-prompts-fail.description':
    'Le Mac redemande sans cesse le mot de passe de votre compte Apple, ou le dit incorrect alors que vous êtes sûr qu’il est juste.',
  'fixes.symptom.password-prompts-fail.step1': 'Testez votre mot de passe dans un navigateur en vous connectant sur account.apple.com.',
  'fixes.symptom.password-prompts-fail.step1.detail':
    'Si cela fonctionne, votre compte et votre mot de passe sont bons et le problème vient de ce Mac. Si cela échoue aussi, réinitialisez le mot de passe (étape suivante).',
  'fixes.symptom.password-prompts-fail.step2':
    'Mot de passe oublié ou compte verrouillé ? Réinitialisez-le ou déverrouillez-le sur iforgot.apple.com, ou sur un iPhone ou iPad de confiance.',
  'fixes.symptom.password-prompts-fail.step2.detail':
    'L’iPhone ou l’iPad d’un membre de la famille avec l’app Assistance Apple, ou votre contact de récupération de compte, peut aussi vous aider à le réinitialiser. Si Apple ne peut pas vous identifier, elle propose la récupération de compte en dernier recours : un délai d’attente de plusieurs jours ou plus.',
  'fixes.symptom.password-prompts-fail.step3':
    'Mot de passe changé sur un autre appareil ? Ouvrez Réglages Système, cliquez sur votre nom et saisissez le nouveau mot de passe là où il est demandé.',
  'fixes.symptom.password-prompts-fail.step4':
    'Si la vérification du trousseau a trouvé des éléments du compte Apple en double ou anciens, suivez sa fiche — avec prudence.',
  'fixes.symptom.password-prompts-fail.step4.detail':
    'Ne supprimez ni ne réinitialisez jamais tout votre trousseau de session. Supprimez seulement les éléments du compte Apple en double, après vous être déconnecté, et ne touchez pas aux éléments du trousseau iCloud : ils se synchronisent sur tous vos appareils.',
  'fixes.symptom.password-prompts-fail.step5':
    'Testez avec un nouvel utilisateur : dans Réglages Système › Utilisateurs et groupes, ajoutez un utilisateur temporaire, ouvrez une session avec lui et connectez-vous.',
  'fixes.symptom.password-prompts-fail.step5.detail':
    'Si cela fonctionne pour le nouvel utilisateur, le problème vient de votre propre compte utilisateur (souvent de son trousseau), pas de votre compte Apple ni du réseau. Supprimez ensuite l’utilisateur de test.',
  'fixes.symptom.password-prompts-fail.topic': 'demandes de mot de passe qui échouent sans cesse',
  'fixes.symptom.app-store-signin.title': 'Impossible de se connecter à l’App Store',
  'fixes.symptom.app-store-signin.description':
    'L’App Store refuse de se connecter, redemande sans cesse le mot de passe, ou refuse les achats et les téléchargements.',
  'fixes.symptom.app-store-signin.step1': 'Consultez la page État du système d’Apple pour « App Store ».',
  'fixes.symptom.app-store-signin.step2': 'Vérifiez quel compte l’App Store utilise : Réglages Système › (votre nom) › Contenu multimédia et achats.',
  'fixes.symptom.app-store-signin.step2.detail':
    'Contenu multimédia et achats peut être connecté avec un autre compte Apple qu’iCloud. Utilisez le compte avec lequel vous avez acheté vos apps.',
  'fixes.symptom.app-store-signin.step3':
    'Dans l’App Store, choisissez Store › Se déconnecter, quittez l’App Store avec Commande + Q, rouvrez-le et connectez-vous.',
  'fixes.symptom.app-store-signin.step4':
    'Si la connexion fonctionne mais que les achats échouent, cliquez sur votre nom en bas de la barre latérale de l’App Store, puis sur Réglages du compte, et vérifiez votre moyen de paiement ainsi que votre pays ou région.',
  'fixes.symptom.app-store-signin.topic': 'connexion à l’App Store',
  'fixes.symptom.codes-not-arriving.title': 'Les codes de validation n’arrivent pas',
  'fixes.symptom.codes-not-arriving.description':
    'Le code à six chiffres n’apparaît jamais sur vos autres appareils ni par SMS, ou vous voyez « Impossible d’envoyer les codes de validation ».',
  'fixes.symptom.codes-not-arriving.step0':
    'Lancez les vérifications : sur vos appareils, les codes passent par les Notifications Push d’Apple, que certains réseaux bloquent.',
  'fixes.symptom.codes-not-arriving.step1': 'Consultez la page État du système d’Apple pour « Compte Apple ».',
  'fixes.symptom.codes-not-arriving.step2':
    'Sur un appareil de confiance, vérifiez qu’il est déverrouillé et en ligne, puis cherchez la notification de connexion et choisissez Autoriser.',
  'fixes.symptom.codes-not-arriving.step2.detail':
    'L’appareil doit être connecté au même compte Apple et pouvoir joindre Apple. Un appareil sur un réseau qui bloque les notifications push ne voit jamais la demande.',
  'fixes.symptom.codes-not-arriving.step3':
    'Pas de notification ? Obtenez vous-même un code sur un appareil de confiance : iPhone ou iPad — Réglages › (votre nom) › Connexion et sécurité › Identification à deux facteurs › Obtenir un code de validation ; Mac — Réglages Système › (votre nom) › Connexion et sécurité › Identification à deux facteurs › Obtenir un code de validation.',
  'fixes.symptom.codes-not-arriving.step3.detail':
    'Sur les versions plus anciennes, la section s’appelle « Mot de passe et sécurité » (macOS 13, iOS 16 et versions antérieures), avec Obtenir un code de validation directement dedans. Cela fonctionne même quand l’appareil est hors ligne. L’option n’apparaît pas si vous utilisez des clés de sécurité, et l’aide actuelle d’Apple ne la mentionne plus pour toutes les versions — si elle est absente, utilisez plutôt le SMS ou l’appel.',
  'fixes.symptom.codes-not-arriving.step4':
    'Pour un SMS ou un appel, choisissez « Vous n’avez pas reçu de code ? » (ou « Vous n’avez pas accès à vos appareils ? ») sur l’écran du code et sélectionnez votre numéro de confiance.',
  'fixes.symptom.codes-not-arriving.step4.detail':
    'Les SMS et appels sont acheminés par votre opérateur mobile, pas par ce Mac : vérifiez le signal, l’itinérance, le mode Concentration ou Ne pas déranger, et les messages filtrés ou d’expéditeurs inconnus. Attendez quelques minutes avant de redemander — si vous voyez « Impossible d’envoyer des codes de validation à ce numéro de téléphone », arrêtez de demander des codes pendant plusieurs heures : de nombreuses demandes d’affilée en sont une cause fréquente.',
  'fixes.symptom.codes-not-arriving.step5':
    'Vérifiez vos numéros de téléphone de confiance sur account.apple.com › Connexion et sécurité, ajoutez-en un auquel vous êtes joignable et supprimez les anciens.',
  'fixes.symptom.codes-not-arriving.step5.detail':
    'Vous devez être connecté pour les modifier. Si vous ne pouvez vous connecter nulle part, utilisez la récupération de compte (étape suivante).',
  'fixes.symptom.codes-not-arriving.step6': 'Si iMessage ou FaceTime affiche « En attente d’activation » sur votre iPhone, contactez votre opérateur.',
  'fixes.symptom.codes-not-arriving.step6.detail':
    'L’activation dépend aussi de l’opérateur, qui doit transmettre les messages d’Apple à votre numéro ; le même problème d’opérateur bloque souvent les SMS de validation.',
  'fixes.symptom.codes-not-arriving.step7':
    'Aucun code possible ? Réinitialisez le mot de passe sur iforgot.apple.com ; si Apple ne peut pas vous identifier, elle propose la récupération de compte — lancez-la une fois et laissez le délai s’écouler.',
  'fixes.symptom.codes-not-arriving.step7.detail':
    'Le délai d’attente (plusieurs jours ou plus) protège votre compte. Suivez les instructions de l’e-mail de confirmation d’Apple ; utiliser d’autres appareils connectés entre-temps peut le retarder ou l’annuler. Un contact ou une clé de récupération, si vous en avez configuré, vous permet de revenir sans attendre. Désactiver l’identification à deux facteurs n’est pas possible pour la plupart des comptes et ne règle rien.',
  'fixes.action.apple-get-a-verification-code': 'Apple : obtenir un code de validation',
  'fixes.symptom.codes-not-arriving.topic': 'codes de validation qui n’arrivent pas',
};
