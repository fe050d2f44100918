/**
 * es texts: namespace `fixes` (tú, es-ES; Apple's Spanish terms: shared/i18n/glossary/es.ts).
 * Pane and menu paths as on a Spanish Mac (Manual de uso del Mac, support.apple.com/es-es/guide/mac-help).
 */
import type { Translated } from '../en';
import type { fixes as en } from '../en/fixes';

export const fixes: Translated<typeof en> = {
  'fixes.app.keychain-access': 'Acceso a Llaveros',
  'fixes.app.terminal': 'Terminal',
  'fixes.plan.affected.push': 'las notificaciones push',
  'fixes.plan.affected.captive-portal': 'la comprobación de la página de acceso Wi-Fi',
  'fixes.plan.affected.dns': 'la comprobación de DNS',
  'fixes.plan.affected.clock': 'la comprobación del reloj',
  'fixes.plan.affected.apple-status': 'la página de estado de Apple',
  'fixes.plan.also-affected':
    'Afecta también a: {list} — {count, plural, one {debería} other {deberían}} volver a funcionar {family, select, dns {en cuanto funcione el DNS} tcp {en cuanto esta red deje pasar a los servidores de Apple} proxy {en cuanto funcione el proxy} net {en cuanto este Mac tenga conexión} captive {en cuanto hayas iniciado sesión en esta red Wi-Fi} other {en cuanto se solucione}}.',
  'fixes.plan.count.problems': '{n, plural, one {# problema} other {# problemas}}',
  'fixes.plan.count.affected':
    '{n, plural, one {# comprobación más no pudo terminar} other {# comprobaciones más no pudieron terminar}} por culpa {problems, plural, one {de él} other {del primero}}',
  'fixes.plan.count.could-not-run': '{n, plural, one {# comprobación no pudo ejecutarse} other {# comprobaciones no pudieron ejecutarse}}',
  'fixes.card.network-offline.title': 'Vuelve a conectar este Mac',
  'fixes.card.network-offline.why': 'Sin una conexión de red que funcione, este Mac no puede llegar a Apple en absoluto.',
  'fixes.card.network-offline.step0':
    'Comprueba que la Wi-Fi esté activada y conectada a una red, o que el cable Ethernet esté enchufado (Ajustes del Sistema › Wi-Fi, o Ajustes del Sistema › Red).',
  'fixes.action.open-wi-fi-settings': 'Abrir los ajustes de Wi-Fi',
  'fixes.card.network-offline.step1':
    'Abre cualquier sitio web en un navegador. Si no carga nada, reinicia el router o el módem y espera a que sus luces se estabilicen.',
  'fixes.card.network-offline.step2':
    '¿Sigues sin conexión? Conéctate a otra red, por ejemplo Compartir Internet de tu iPhone, para ver si el problema es esta red.',
  'fixes.card.network-offline.step3': 'Vuelve a comprobarlo cuando el Mac esté conectado.',
  'fixes.action.check-again': 'Volver a comprobar',
  'fixes.card.captive-portal-login.title': 'Inicia sesión en esta red Wi-Fi',
  'fixes.card.captive-portal-login.why':
    'Las redes de hoteles, aeropuertos, cafeterías y de invitados retienen todo el tráfico hasta que aceptas sus condiciones o inicias sesión en una página web. Hasta entonces, el inicio de sesión de Apple no puede pasar.',
  'fixes.card.captive-portal-login.step0':
    'Abre un navegador y ve a http://captive.apple.com (http simple, no https). Debería aparecer la página de acceso o de condiciones de la red en lugar de una página que dice «Success».',
  'fixes.card.captive-portal-login.step1': 'Inicia sesión o acepta las condiciones en esa página y espera unos segundos.',
  'fixes.card.captive-portal-login.step2':
    'Si no aparece ninguna página de acceso, desactiva y vuelve a activar la Wi-Fi, u olvida la red y vuelve a conectarte (Ajustes del Sistema › Wi-Fi).',
  'fixes.card.captive-portal-login.step3': 'O conéctate a otra red, por ejemplo Compartir Internet de tu iPhone.',
  'fixes.card.captive-portal-login.step4': 'Vuelve a comprobarlo después de iniciar sesión.',
  'fixes.card.dns-server-failing.title': 'Arregla o cambia el servidor DNS',
  'fixes.card.dns-server-failing.why':
    'El DNS convierte los nombres de los servidores de Apple en direcciones. Cuando el servidor DNS falla, no responde a tiempo o rechaza las consultas, este Mac no encuentra los servidores de inicio de sesión de Apple.',
  'fixes.card.dns-server-failing.step0': 'Reinicia el router o el módem: muchos problemas de DNS en casa son un router que necesita un reinicio.',
  'fixes.card.dns-server-failing.step1':
    'Conéctate a otra red (por ejemplo Compartir Internet de tu iPhone) y vuelve a comprobarlo. Si allí funciona, el culpable es el servidor DNS de la primera red.',
  'fixes.action.check-dns-again': 'Volver a comprobar el DNS',
  'fixes.card.dns-server-failing.step2':
    'Mira qué servidores DNS usa este Mac: Ajustes del Sistema › Red › (tu servicio Wi-Fi o Ethernet) › Detalles… › DNS. Elimina los servidores que añadiste a mano y ya no usas; las entradas en gris vienen del router y no se pueden eliminar ahí.',
  'fixes.action.open-network-settings': 'Abrir los ajustes de Red',
  'fixes.card.dns-server-failing.step3':
    'Después de cambiar los ajustes de DNS, vacía la caché de DNS: copia este comando, pégalo en Terminal e introduce tu contraseña de administrador.',
  'fixes.action.copy-dns-flush-command': 'Copiar el comando para vaciar la caché de DNS',
  'fixes.note.copy-dns-flush-command':
    'Borra las respuestas de DNS que guarda este Mac para que vuelva a preguntar. Pégalo en Terminal; te pedirá una contraseña de administrador. No cambia ningún ajuste.',
  'fixes.step.flush-dns-repair':
    'O deja que esta app vacíe la caché de DNS por ti: primero te muestra el comando y macOS te pide la contraseña de administrador.',
  'fixes.card.dns-server-failing.step5':
    'En una red de trabajo o de un centro educativo, avisa a quien gestiona la red de que el servidor DNS falla con appleid.apple.com e idmsa.apple.com.',
  'fixes.step.check-again': 'Vuelve a comprobarlo.',
  'fixes.card.dns-filter-blocks-apple.title': 'Deja pasar a Apple por tu filtro DNS',
  'fixes.card.dns-filter-blocks-apple.why':
    'Un filtro DNS (bloqueador de anuncios, control parental, DNS de seguridad, Pi-hole, filtrado del router) responde por los servidores de inicio de sesión de Apple con una dirección falsa o privada, así que el inicio de sesión no llega a ninguna parte.',
  'fixes.card.dns-filter-blocks-apple.step0':
    'Si usas un servicio o app de DNS que bloquea anuncios o filtra, ponlo en pausa o añade apple.com, icloud.com y cdn-apple.com a su lista de permitidos.',
  'fixes.card.dns-filter-blocks-apple.step1': 'Si tu router tiene control parental o un filtro de «navegación segura», comprueba que no bloquee a Apple.',
  'fixes.card.dns-filter-blocks-apple.step2':
    'Pausa o cierra las apps de filtrado de contenido, control parental y «protección web» de este Mac. En macOS 15 y posterior, Ajustes del Sistema › General › Ítems de inicio y extensiones muestra las extensiones de red que instalan; en macOS 13–14 usa los ajustes de la propia app.',
  'fixes.action.open-login-items-extensions': 'Abrir Ítems de inicio y extensiones',
  'fixes.card.dns-filter-blocks-apple.step3':
    'En una red de trabajo o de un centro educativo, pide al departamento de TI que permita los hosts de Apple que aparecen en el artículo de Apple sobre redes empresariales.',
  'fixes.action.apple-hosts-and-ports': 'Hosts y puertos de Apple',
  'fixes.card.dns-filter-blocks-apple.step4': 'Vacía la caché de DNS después de cambiar un filtro (necesitas tu contraseña de administrador).',
  'fixes.card.dns-answers-tampered.title': 'Usa un servidor DNS que responda con honestidad',
  'fixes.card.dns-answers-tampered.why':
    'El servidor DNS de esta red da para el servidor de inicio de sesión de Apple otra dirección que no es de Apple. La conexión acaba en el sitio equivocado.',
  'fixes.card.dns-answers-tampered.step0':
    'Conéctate a otra red, por ejemplo Compartir Internet de tu iPhone, y vuelve a comprobarlo para confirmar que la causa es la red.',
  'fixes.card.dns-answers-tampered.step1':
    'En tu propia red: en Ajustes del Sistema › Red › (servicio) › Detalles… › DNS, o en el router, sustituye el servidor DNS por el de tu proveedor de internet o por un servicio de DNS público conocido. Deshaz el cambio más tarde si deja de funcionar algún nombre local.',
  'fixes.card.dns-answers-tampered.step2': 'Vacía la caché de DNS después de cambiar de servidores DNS (necesitas tu contraseña de administrador).',
  'fixes.card.dns-answers-tampered.step4':
    'En una red de trabajo, de un centro educativo o pública, no cambies el DNS: informa de las respuestas erróneas para appleid.apple.com a quien gestiona la red.',
  'fixes.card.network-blocks-apple.title': 'Sortea el bloqueo de esta red',
  'fixes.card.network-blocks-apple.why':
    'Algo entre este Mac y Apple —un firewall, un filtro, una app de seguridad o la propia red— bloquea o corta las conexiones a los servidores de inicio de sesión de Apple.',
  'fixes.card.network-blocks-apple.step0':
    'Conéctate a otra red, por ejemplo Compartir Internet de tu iPhone, y vuelve a comprobarlo. Si allí funciona, esta red está bloqueando a Apple.',
  'fixes.card.network-blocks-apple.step1': 'Desactiva un momento las apps de VPN, proxy, bloqueo de anuncios y «protección web» y vuelve a comprobarlo.',
  'fixes.card.network-blocks-apple.step2': 'Reinicia el router o el módem si es la red de tu casa.',
  'fixes.card.network-blocks-apple.step3':
    'En una red de trabajo, de un centro educativo o pública, pide a quien la gestiona que permita el HTTPS saliente (TCP 443) hacia Apple (17.0.0.0/8 y los hosts del artículo de Apple sobre redes empresariales).',
  'fixes.card.proxy-leftover.title': 'Desactiva un proxy que no usas',
  'fixes.card.proxy-leftover.why':
    'Este Mac envía el tráfico web a un proxy que no funciona. Las apps de VPN, proxy y «privacidad» desinstaladas suelen dejar este ajuste atrás.',
  'fixes.card.proxy-leftover.step0':
    'Deja que esta app desactive el proxy que no responde, en el servicio de red en el que está configurado. Primero te muestra el comando, macOS te pide la contraseña de administrador y después puedes volver a activarlo.',
  'fixes.card.proxy-leftover.step1': 'O hazlo tú: abre Ajustes del Sistema › Red › (tu servicio Wi-Fi o Ethernet) › Detalles… › Proxies.',
  'fixes.card.proxy-leftover.step2':
    'Desactiva cada proxy que no reconozcas o ya no uses (proxy web, proxy web seguro, proxy SOCKS, configuración automática del proxy) y haz clic en Aceptar.',
  'fixes.card.proxy-leftover.step3': 'Hazlo en cada servicio de red que uses (la Wi-Fi y Ethernet tienen cada una sus propios ajustes de proxy).',
  'fixes.card.proxy-leftover.step4':
    'Si los ajustes de proxy aparecen atenuados o vuelven a aparecer, los ha fijado un perfil de configuración: este Mac está gestionado, así que pregunta a tu departamento de TI en lugar de cambiarlos.',
  'fixes.card.proxy-leftover.step5':
    'Si todavía tienes instalada una app de proxy y la usas, ábrela y asegúrate de que esté en marcha, o ciérrala para que retire su ajuste de proxy.',
  'fixes.card.proxy-sign-in.title': 'El proxy pide iniciar sesión',
  'fixes.card.proxy-sign-in.why':
    'El proxy que usa este Mac pide nombre de usuario y contraseña. Los servicios en segundo plano de macOS, incluido el inicio de sesión en la cuenta de Apple, no siempre pueden responder a esa petición.',
  'fixes.card.proxy-sign-in.step0':
    'Si es un proxy del trabajo o de un centro educativo, pregunta al departamento de TI si los servicios de Apple pueden saltarse la autenticación del proxy para los hosts de Apple del artículo de Apple sobre redes empresariales.',
  'fixes.card.proxy-sign-in.step1':
    'Si no sabes por qué hay un proxy configurado, desactívalo en Ajustes del Sistema › Red › (tu servicio Wi-Fi o Ethernet) › Detalles… › Proxies.',
  'fixes.card.proxy-not-working.title': 'El proxy no llega a Apple',
  'fixes.card.proxy-not-working.why': 'El proxy que usa este Mac está en marcha, pero falla o se queda colgado cuando tiene que conectarse a Apple.',
  'fixes.card.proxy-not-working.step0':
    'Si no necesitas un proxy en esta red, desactívalo en Ajustes del Sistema › Red › (tu servicio Wi-Fi o Ethernet) › Detalles… › Proxies.',
  'fixes.card.proxy-not-working.step1': 'Si lo configuró una app de proxy (VPN, herramienta de privacidad o de desarrollo), reinicia esa app o ciérrala.',
  'fixes.card.proxy-not-working.step2':
    'En un Mac gestionado o en una red de empresa, pide al departamento de TI que deje al proxy llegar a los hosts de Apple del artículo de Apple sobre redes empresariales, sin inspección HTTPS.',
  'fixes.card.proxy-pac-unavailable.title': 'Script de proxy automático no disponible',
  'fixes.card.proxy-pac-unavailable.why':
    'Este Mac tiene que descargar un script de configuración del proxy (archivo PAC), pero no se ha podido cargar. Sin él, las conexiones pueden no llegar a ninguna parte.',
  'fixes.card.proxy-pac-unavailable.step0':
    'Abre Ajustes del Sistema › Red › (tu servicio Wi-Fi o Ethernet) › Detalles… › Proxies y mira «Configuración automática del proxy».',
  'fixes.card.proxy-pac-unavailable.step1':
    'Si no estás en la red que proporciona este script (por ejemplo, estás en casa con un portátil del trabajo), desactívalo mientras estés fuera o conéctate primero a la VPN de la empresa.',
  'fixes.card.proxy-pac-unavailable.step2':
    'En un Mac gestionado el ajuste lo pone el departamento de TI: diles que la URL del script de proxy que aparece en el informe no se pudo cargar.',
  'fixes.card.vpn-disconnect-test.title': 'Prueba sin la VPN',
  'fixes.card.vpn-disconnect-test.why':
    'Una VPN envía el tráfico de Apple por otra red. Apple bloquea, ralentiza o marca algunos servidores VPN, y el inicio de sesión solo falla mientras la VPN está activa.',
  'fixes.card.vpn-disconnect-test.step0':
    'Desconecta la VPN en su propia app o en Ajustes del Sistema › VPN (las configuraciones VPN también aparecen en Ajustes del Sistema › Red).',
  'fixes.action.open-vpn-settings': 'Abrir los ajustes de VPN',
  'fixes.card.vpn-disconnect-test.step1': 'Inicia sesión en tu cuenta de Apple con la VPN desactivada y después vuelve a conectarla.',
  'fixes.card.vpn-disconnect-test.step2':
    'Si el inicio de sesión solo falla con la VPN activada, elige otro servidor o ubicación VPN, o usa la opción de túnel dividido (split tunneling) de la app para enviar el tráfico de Apple directamente.',
  'fixes.card.vpn-disconnect-test.step3':
    'Si es una VPN del trabajo, pregunta al departamento de TI si el tráfico de Apple puede ir por fuera del túnel, como recomienda Apple para sus servicios.',
  'fixes.card.vpn-split-dns.title': 'La VPN se hace con el DNS de Apple',
  'fixes.card.vpn-split-dns.why':
    'Una VPN o un perfil de configuración hace que este Mac pregunte por apple.com al servidor DNS de la propia VPN. Si ese servidor no sabe responder por Apple, el inicio de sesión falla.',
  'fixes.card.vpn-split-dns.step0': 'Desconecta la VPN y vuelve a comprobarlo para confirmarlo.',
  'fixes.card.vpn-split-dns.step1': 'Vuelve a comprobarlo con la VPN desactivada.',
  'fixes.card.vpn-split-dns.step2':
    'Si es una VPN del trabajo: pide al departamento de TI que quite apple.com de los dominios DNS de la VPN, o que el servidor DNS de la VPN responda bien a los hosts de Apple. El informe indica el resolvedor que captura apple.com.',
  'fixes.card.vpn-split-dns.step3': 'Después del cambio en la VPN, vacía la caché de DNS (necesitas tu contraseña de administrador).',
  'fixes.card.proxy-app-fake-ip.title': 'Una app de proxy intercepta el DNS',
  'fixes.card.proxy-app-fake-ip.why':
    'Una app de proxy o VPN (a menudo en modo «fake-IP», «mejorado» o TUN) responde al DNS con direcciones sustitutas 198.18.x.x, y su túnel no entrega el tráfico de Apple.',
  'fixes.card.proxy-app-fake-ip.step0': 'Cierra del todo la app de proxy, o desactiva su modo de proxy del sistema, mejorado o TUN, y vuelve a comprobarlo.',
  'fixes.card.proxy-app-fake-ip.step1':
    'Si necesitas la app, añade una regla para que apple.com, icloud.com y sus subdominios se conecten directamente, o comprueba que su servidor actual funcione.',
  'fixes.card.proxy-app-fake-ip.step2': 'Vacía la caché de DNS después de cerrar la app (necesitas tu contraseña de administrador).',
  'fixes.card.push-ports-blocked.title': 'Deja pasar las Notificaciones Push de Apple',
  'fixes.card.push-ports-blocked.why':
    'Las Notificaciones Push de Apple llevan a tus dispositivos las solicitudes de aprobación de inicio de sesión y los códigos de verificación. Necesitan el puerto TCP 5223 saliente hacia Apple; el puerto 443 solo es una alternativa (en Wi-Fi).',
  'fixes.card.push-ports-blocked.step0':
    'Conéctate a otra red, por ejemplo Compartir Internet de tu iPhone, y vuelve a comprobarlo. Las redes Wi-Fi públicas y de invitados suelen bloquear el puerto 5223.',
  'fixes.card.push-ports-blocked.step1': 'Desactiva un momento las apps de VPN y de firewall o «protección de red» y vuelve a comprobarlo.',
  'fixes.card.push-ports-blocked.step2':
    'Red gestionada por otros: quien la administre debe permitir TCP 5223 y 443 salientes hacia 17.0.0.0/8 (la red de Apple). Un proxy solo puede llevar la alternativa por el puerto 443 si deja pasar el tráfico sin descifrarlo.',
  'fixes.action.apples-push-notification-ports': 'Puertos de las notificaciones push de Apple',
  'fixes.card.tls-inspection-user.title': 'Detén el análisis HTTPS del tráfico de Apple',
  'fixes.card.tls-inspection-user.why':
    'Una app de seguridad o un proxy de empresa abre la conexión segura con Apple para inspeccionarla. Apple rechaza el inicio de sesión a través de esa inspección, así que hay que desactivarla para Apple.',
  'fixes.card.tls-inspection-user.step0':
    'Si usas un antivirus o un programa de seguridad en internet, ábrelo y desactiva su opción de «análisis HTTPS», «protección web», «filtrado SSL» o «análisis de conexiones cifradas» (o excluye apple.com) y vuelve a comprobarlo.',
  'fixes.card.tls-inspection-user.step1':
    'Las apps de control parental y de bloqueo de anuncios que instalan su propio certificado hacen lo mismo: ponlas en pausa y vuelve a comprobarlo.',
  'fixes.card.tls-inspection-user.step2':
    'En un Mac del trabajo, de un centro educativo o gestionado, no intentes saltártelo: pide al departamento de TI que excluya los hosts de Apple de la inspección SSL/HTTPS (el informe indica qué emisor de certificados interceptó la conexión).',
  'fixes.card.tls-inspection-user.step3':
    'Conéctate a otra red, por ejemplo Compartir Internet de tu iPhone, para confirmarlo: si allí funciona el inicio de sesión, la inspección ocurre en esta red.',
  'fixes.card.tls-inspection-admin.title': 'Excluye los hosts de Apple de la inspección SSL',
  'fixes.card.tls-inspection-admin.why':
    'Apple indica que sus servicios hacen fallar cualquier conexión que use interceptación HTTPS (inspección SSL). El proxy o el firewall deben dejar pasar el tráfico de Apple sin tocarlo.',
  'fixes.card.tls-inspection-admin.step0':
    'Abre el artículo de Apple «Usar productos de Apple en redes empresariales» y añade cada host de cuenta de Apple, iCloud, push y App Store que enumera a la lista de exclusión de la inspección SSL/HTTPS.',
  'fixes.action.open-apples-host-list': 'Abrir la lista de hosts de Apple',
  'fixes.card.tls-inspection-admin.step1':
    'Como mínimo, excluye appleid.apple.com, appleid.cdn-apple.com, idmsa.apple.com, gsa.apple.com y *.push.apple.com, o toda la red 17.0.0.0/8.',
  'fixes.card.tls-inspection-admin.step2':
    'Si es posible, deja pasar estos hosts sin autenticación de proxy: los servicios en segundo plano de macOS no siempre pueden dar credenciales de proxy.',
  'fixes.card.tls-inspection-admin.step3': 'Pide al usuario que vuelva a comprobarlo cuando se aplique la política.',
  'fixes.card.tls-certificate-problem.title': 'Certificado no aceptado',
  'fixes.card.tls-certificate-problem.why':
    'El servidor que respondió no presentó un certificado válido para Apple. O el reloj de este Mac está mal, o algo en la red se está haciendo pasar por Apple.',
  'fixes.card.tls-certificate-problem.step0':
    'Primero asegúrate de que la fecha y la hora de este Mac sean correctas (consulta la tarjeta del reloj); un reloj mal puesto hace que certificados buenos parezcan caducados o aún no válidos.',
  'fixes.action.open-date-time': 'Abrir Fecha y hora',
  'fixes.card.tls-certificate-problem.step1': 'Conéctate a otra red, por ejemplo Compartir Internet de tu iPhone, y vuelve a comprobarlo.',
  'fixes.card.tls-certificate-problem.step2':
    'Si solo falla en esta red, una app de seguridad o la red está interceptando la conexión: consulta la tarjeta del análisis HTTPS o avisa a quien gestiona la red.',
  'fixes.card.clock-set-automatically.title': 'Ajusta la fecha y la hora automáticamente',
  'fixes.card.clock-set-automatically.why':
    'Las conexiones seguras y los códigos de verificación dependen de la hora correcta. Si el Mac ajusta su reloj automáticamente con el servidor de hora de Apple, se mantiene en hora.',
  'fixes.card.clock-set-automatically.step0': 'Abre Ajustes del Sistema › General › Fecha y hora.',
  'fixes.card.clock-set-automatically.step1':
    'Activa «Ajustar fecha y hora automáticamente» y comprueba que el origen sea time.apple.com (puede que tengas que introducir una contraseña de administrador).',
  'fixes.card.clock-set-automatically.step2':
    'O deja que esta app lo active por ti con time.apple.com: primero te muestra el comando y macOS te pide la contraseña de administrador.',
  'fixes.card.clock-set-automatically.step3':
    'Activa «Ajustar la zona horaria automáticamente según tu ubicación actual», o elige la zona horaria correcta a mano.',
  'fixes.card.clock-step-now.title': 'Corrige el reloj ahora',
  'fixes.card.clock-step-now.why':
    'Incluso con la hora automática, un reloj muy desviado puede tardar en ponerse al día. Puedes corregirlo al instante con el servidor de hora de Apple.',
  'fixes.step.make-sure-set-time-and-date':
    'Asegúrate de que «Ajustar fecha y hora automáticamente» esté activado en Ajustes del Sistema › General › Fecha y hora.',
  'fixes.card.clock-step-now.step1': 'Para corregir el reloj al momento, copia este comando, pégalo en Terminal e introduce tu contraseña de administrador.',
  'fixes.action.copy-clock-correction-command': 'Copiar el comando para corregir el reloj',
  'fixes.note.copy-clock-correction-command':
    'Pide la hora al servidor de hora de Apple (time.apple.com) y pone en hora el reloj de este Mac una vez. Necesita una contraseña de administrador. No cambia ningún ajuste.',
  'fixes.card.clock-unverifiable.title': 'Servidor de hora inaccesible',
  'fixes.card.clock-unverifiable.why':
    'Este Mac no ha podido llegar al servidor de hora de Apple, así que en esta red no puede mantener su reloj en hora automáticamente. No pasa nada mientras el reloj siga siendo correcto.',
  'fixes.card.clock-unverifiable.step0':
    'Compara el reloj de la barra de menús con el de tu teléfono. Si coinciden con unos pocos segundos de diferencia, no hace falta hacer nada por ahora.',
  'fixes.card.clock-unverifiable.step2':
    'Red gestionada por otros: quien la administre debe permitir el puerto UDP 123 saliente hacia time.apple.com (el servicio de hora de Apple).',
  'fixes.card.clock-unverifiable.step3': 'Vuelve a comprobarlo en otra red.',
  'fixes.card.apple-outage-wait.title': 'Espera a que Apple lo solucione',
  'fixes.card.apple-outage-wait.why':
    'Apple informa de un problema en un servicio del que depende el inicio de sesión. No hay nada que arreglar en este Mac; cambiar ajustes ahora solo puede añadir problemas nuevos.',
  'fixes.card.apple-outage-wait.step0': 'Abre la página Estado del sistema de Apple para ver los servicios afectados y la última actualización de Apple.',
  'fixes.action.open-apple-system-status': 'Abrir el estado del sistema de Apple',
  'fixes.card.apple-outage-wait.step1': 'No restablezcas contraseñas, no borres ítems del llavero ni cierres sesión mientras dure la interrupción.',
  'fixes.card.apple-outage-wait.step2':
    'Activa «Avisarme cuando vuelva la cuenta de Apple» en los ajustes de esta app para recibir una notificación cuando el inicio de sesión vuelva a funcionar.',
  'fixes.step.check-again-later': 'Vuelve a comprobarlo más tarde.',
  'fixes.card.apple-status-check-manually.title': 'Consulta tú la página de estado de Apple',
  'fixes.card.apple-status-check-manually.why':
    'Esta app no ha podido leer el estado del sistema de Apple, así que no se puede descartar automáticamente un problema por parte de Apple.',
  'fixes.card.apple-status-check-manually.step0':
    'Abre la página Estado del sistema de Apple y mira «Cuenta de Apple», «Cuenta e inicio de sesión de iCloud» y «App Store».',
  'fixes.card.apple-status-check-manually.step1': 'Si algún servicio muestra un problema, espera a que Apple lo resuelva.',
  'fixes.card.apple-server-error.title': 'El servidor de Apple tiene problemas',
  'fixes.card.apple-server-error.why':
    'El servidor de inicio de sesión de Apple respondió, pero con un error o no respondió. Suele ser temporal y cosa de Apple, o se debe a algo que reescribe el tráfico por el camino.',
  'fixes.card.apple-server-error.step0': 'Mira en la página Estado del sistema de Apple si hay algún problema notificado.',
  'fixes.card.apple-server-error.step1': 'Espera unos minutos y vuelve a comprobarlo.',
  'fixes.card.apple-server-error.step2':
    'Si sigue fallando solo en esta red, prueba otra (por ejemplo Compartir Internet de tu iPhone): puede que un proxy o un filtro esté interfiriendo.',
  'fixes.card.apple-rate-limited.title': 'Demasiados intentos: espera',
  'fixes.card.apple-rate-limited.why':
    'El servidor de Apple ha pedido a esta red que baje el ritmo. Los intentos repetidos de inicio de sesión, o muchas personas compartiendo una misma dirección de internet (oficina, centro educativo, VPN), pueden provocarlo.',
  'fixes.card.apple-rate-limited.step0': 'Deja de intentar iniciar sesión durante un rato; cada intento puede alargar la espera.',
  'fixes.card.apple-rate-limited.step1': 'Si usas una VPN, desconéctala: muchas personas comparten las direcciones VPN.',
  'fixes.card.diagnostic-could-not-run.title': 'Esta comprobación no pudo ejecutarse',
  'fixes.card.diagnostic-could-not-run.why':
    'Una parte del diagnóstico no pudo ejecutarse en este Mac. No es un veredicto sobre el inicio de sesión: las demás comprobaciones siguen contando.',
  'fixes.card.diagnostic-could-not-run.step0': 'Vuelve a ejecutar las comprobaciones; un Mac muy ocupado puede hacer que una herramienta agote su tiempo.',
  'fixes.card.diagnostic-could-not-run.step1': 'Si sigue fallando, reinicia el Mac y vuelve a comprobarlo.',
  'fixes.card.diagnostic-could-not-run.step2': 'Si aún falla, exporta el informe desde esta app e inclúyelo cuando contactes con el Soporte técnico de Apple.',
  'fixes.action.contact-apple-support': 'Contactar con el Soporte técnico de Apple',
  'fixes.card.keychain-update-password.title': 'Introduce la contraseña actual de tu cuenta de Apple',
  'fixes.card.keychain-update-password.why':
    'Si la contraseña de tu cuenta de Apple cambió en otro dispositivo, puede que este Mac aún tenga la antigua y siga pidiendo una contraseña.',
  'fixes.card.keychain-update-password.step0':
    'Abre Ajustes del Sistema y haz clic en tu nombre en la parte superior de la barra lateral («ID de Apple» en macOS 13–14, «Cuenta de Apple» en macOS 15 y posterior). Si te pide que actualices los ajustes de la cuenta o que introduzcas la contraseña, hazlo con tu contraseña actual.',
  'fixes.action.open-apple-account-settings': 'Abrir los ajustes de la cuenta de Apple',
  'fixes.card.keychain-update-password.step1': 'Si no sabes tu contraseña actual, restablécela en iforgot.apple.com o en un iPhone o iPad de confianza.',
  'fixes.action.reset-password': 'Restablecer la contraseña',
  'fixes.card.keychain-update-password.step2': 'Reinicia el Mac y vuelve a comprobarlo.',
  'fixes.card.keychain-duplicates-cleanup.title': 'Limpia los ítems duplicados de la cuenta de Apple en el llavero (con cuidado)',
  'fixes.card.keychain-duplicates-cleanup.why':
    'En tu llavero hay varias copias del mismo ítem de la cuenta de Apple; una copia antigua puede provocar peticiones de contraseña interminables. Borrar el ítem equivocado puede hacerte perder contraseñas, así que ve despacio.',
  'fixes.card.keychain-duplicates-cleanup.step0':
    'Prueba primero lo sencillo: introduce tu contraseña actual cuando macOS la pida, reinicia y vuelve a comprobarlo. Continúa solo si las peticiones no paran.',
  'fixes.card.keychain-duplicates-cleanup.step1':
    'Haz antes una copia de seguridad y nunca borres ni restablezcas todo tu llavero de inicio de sesión. Haz una copia con Time Machine o copia el archivo de tu llavero de inicio de sesión con este comando.',
  'fixes.action.copy-backup-command': 'Copiar el comando de copia de seguridad',
  'fixes.note.copy-backup-command':
    'Copia el archivo de tu llavero de inicio de sesión (sigue cifrado con tu contraseña de inicio de sesión) en el escritorio como copia de seguridad. No necesita contraseña de administrador y no cambia nada.',
  'fixes.card.keychain-duplicates-cleanup.step2':
    'Primero cierra la sesión de tu cuenta de Apple en este Mac: Ajustes del Sistema › (tu nombre) › Cerrar sesión. Conserva una copia de tus datos de iCloud cuando te lo pregunte.',
  'fixes.card.keychain-duplicates-cleanup.step3':
    'Abre Acceso a Llaveros (usa Spotlight si no está en Aplicaciones › Utilidades), elige el llavero «inicio de sesión» y busca los nombres de ítems que esta app ha marcado como duplicados.',
  'fixes.action.open-keychain-access': 'Abrir Acceso a Llaveros',
  'fixes.card.keychain-duplicates-cleanup.step4':
    'Borra solo los duplicados más antiguos de esos ítems de la cuenta de Apple: conserva el más reciente y no toques ningún otro ítem.',
  'fixes.card.keychain-duplicates-cleanup.step5':
    'No borres ítems del llavero «iCloud» (ni de «Ítems locales»): los ítems del llavero de iCloud se sincronizan, así que borrar uno lo elimina de todos tus dispositivos.',
  'fixes.card.keychain-duplicates-cleanup.step6': 'Reinicia el Mac, vuelve a iniciar sesión en tu cuenta de Apple y vuelve a comprobarlo.',
  'fixes.card.firewall-block-all.title': 'Desactiva «Bloquear todas las conexiones entrantes»',
  'fixes.card.firewall-block-all.why':
    'Esta opción del firewall rechaza cualquier conexión entrante salvo los servicios de red básicos, lo que estropea las funciones de compartir y puede interferir con algunos servicios de Apple. El firewall normal y el modo oculto no dan problemas.',
  'fixes.card.firewall-block-all.step0': 'Abre Ajustes del Sistema › Red › Firewall.',
  'fixes.action.open-firewall-settings': 'Abrir los ajustes del firewall',
  'fixes.card.firewall-block-all.step1':
    'Haz clic en Opciones, desactiva «Bloquear todas las conexiones entrantes» y haz clic en Aceptar (puede que necesites una contraseña de administrador). Puedes dejar activados el propio firewall y «Activar modo oculto».',
  'fixes.card.firewall-block-all.step2': 'En un Mac gestionado, este ajuste puede venir del departamento de TI; pregúntales si está bloqueado.',
  'fixes.card.macos-update.title': 'Actualiza macOS',
  'fixes.card.macos-update.why':
    'El inicio de sesión en la cuenta de Apple y sus controles de seguridad cambian constantemente; una versión antigua de macOS puede dejar de funcionar con ellos, y las actualizaciones corrigen errores de inicio de sesión.',
  'fixes.card.macos-update.step0': 'Haz primero una copia de seguridad con Time Machine.',
  'fixes.card.macos-update.step1': 'Abre Ajustes del Sistema › General › Actualización de software e instala las actualizaciones disponibles.',
  'fixes.action.open-software-update': 'Abrir Actualización de software',
  'fixes.card.macos-update.step2':
    'Si no aparece ningún macOS más reciente, puede que este Mac esté en su última versión compatible; instala las actualizaciones de seguridad que aparezcan.',
  'fixes.card.macos-update.step3': 'Reinicia y vuelve a comprobarlo.',
  'fixes.card.account-sign-in.title': 'Inicia sesión en tu cuenta de Apple',
  'fixes.card.account-sign-in.why':
    'No hay ninguna cuenta de Apple con la sesión iniciada en este Mac, así que iCloud, Mensajes, FaceTime y las funciones del App Store que la necesitan están desactivados.',
  'fixes.card.account-sign-in.step0':
    'Abre Ajustes del Sistema y haz clic en «Iniciar sesión» en la parte superior de la barra lateral («Inicia sesión con tu ID de Apple» en macOS 13–14, «Inicia sesión con tu cuenta de Apple» en macOS 15 y posterior).',
  'fixes.card.account-sign-in.step1':
    'Introduce tu correo electrónico o número de teléfono y la contraseña, y después el código de verificación que aparece en tus otros dispositivos Apple.',
  'fixes.card.account-sign-in.step2': '¿Has olvidado la contraseña? Restablécela en iforgot.apple.com.',
  'fixes.card.account-password-reset.title': 'Restablece la contraseña de tu cuenta de Apple',
  'fixes.card.account-password-reset.why':
    'Si la contraseña se rechaza en todos los dispositivos, o la cuenta está bloqueada, solo un restablecimiento de contraseña o la recuperación de la cuenta te devolverán el acceso.',
  'fixes.card.account-password-reset.step0':
    'En un iPhone o iPad de confianza con la sesión iniciada en la misma cuenta, cambia la contraseña en Ajustes › (tu nombre) › Inicio de sesión y seguridad › Cambiar contraseña («Contraseña y seguridad» en iOS 16 y anteriores).',
  'fixes.card.account-password-reset.step1':
    'Si no, ve a iforgot.apple.com y sigue los pasos para restablecer la contraseña o desbloquear la cuenta. También puede ayudarte el iPhone o iPad de un familiar con la app Soporte de Apple, o un contacto de recuperación.',
  'fixes.action.open-iforgot-apple-com': 'Abrir iforgot.apple.com',
  'fixes.card.account-password-reset.step2':
    'Si nada más funciona, Apple ofrece la recuperación de la cuenta: un periodo de espera de varios días o más. Úsala como último recurso, iníciala una sola vez y sigue las instrucciones de Apple: usar otros dispositivos con la sesión iniciada mientras tanto puede retrasarla o cancelarla.',
  'fixes.action.about-account-recovery': 'Acerca de la recuperación de la cuenta',
  'fixes.card.account-password-reset.step3': 'Después del restablecimiento, vuelve a iniciar sesión en este Mac con la contraseña nueva.',
  'fixes.card.account-review-security.title': 'Revisa los datos de seguridad de tu cuenta de Apple',
  'fixes.card.account-review-security.why':
    'Los códigos de inicio de sesión van a tus dispositivos y números de teléfono de confianza. Si no están al día, los códigos acaban en un teléfono o dispositivo que ya no tienes.',
  'fixes.card.account-review-security.step0':
    'Inicia sesión en account.apple.com y abre Inicio de sesión y seguridad para revisar tus números de teléfono de confianza; añade uno en el que puedas recibir mensajes y elimina los que ya no uses.',
  'fixes.action.open-account-apple-com': 'Abrir account.apple.com',
  'fixes.card.account-review-security.step1': 'Revisa allí también la lista de dispositivos: elimina los que ya no tengas.',
  'fixes.card.account-review-security.step2': 'Plantéate configurar un contacto de recuperación de cuenta, para poder volver a entrar si pierdes el acceso.',
  'fixes.action.about-recovery-contacts': 'Acerca de los contactos de recuperación',
  'fixes.card.support-escalate.title': 'Contacta con el Soporte técnico de Apple con tu informe',
  'fixes.card.support-escalate.why':
    'Cuando las comprobaciones pasan pero el inicio de sesión sigue fallando, o la propia cuenta está bloqueada, el Soporte técnico de Apple puede revisar tu cuenta. Un informe de lo que has comprobado lo agiliza.',
  'fixes.card.support-escalate.step0':
    'Exporta el informe desde esta app (deja fuera los datos de tu cuenta salvo que los incluyas) y anota el mensaje de error exacto que ves.',
  'fixes.card.support-escalate.step1': 'Contacta con el Soporte técnico de Apple y elige «Cuenta de Apple» como tema.',
  'fixes.card.admin-allow-apple-hosts.title': 'Permite los hosts de Apple en la red',
  'fixes.card.admin-allow-apple-hosts.why':
    'Los dispositivos Apple necesitan llegar directamente a los servidores de Apple. Los firewalls, filtros y proxies que bloquean, ralentizan o inspeccionan esas conexiones estropean el inicio de sesión, los códigos y las notificaciones.',
  'fixes.card.admin-allow-apple-hosts.step0':
    'Abre el artículo de Apple «Usar productos de Apple en redes empresariales» para ver la lista actual de hosts y puertos.',
  'fixes.card.admin-allow-apple-hosts.step1':
    'Permite TCP 443 saliente hacia los hosts de la cuenta de Apple (appleid.apple.com, appleid.cdn-apple.com, idmsa.apple.com, gsa.apple.com) y TCP 5223 y 443 hacia *.push.apple.com; o permite 17.0.0.0/8.',
  'fixes.card.admin-allow-apple-hosts.step2':
    'Asegúrate de que el DNS resuelva estos hosts a las direcciones reales de Apple y de que queden fuera de la inspección HTTPS.',
  'fixes.card.admin-allow-apple-hosts.step3': 'Pide al usuario que vuelva a comprobarlo.',
  'fixes.card.auth-wrong-password.title': 'Usa la contraseña actual de tu cuenta de Apple',
  'fixes.card.auth-wrong-password.why':
    'Apple rechazó la contraseña que envió este Mac. Eso pasa cuando la contraseña se cambió en otro dispositivo o en la web, o cuando se escribe mal.',
  'fixes.card.auth-wrong-password.step0':
    'Comprueba la contraseña iniciando sesión en account.apple.com en un navegador. Si funciona, vuelve a iniciar sesión en este Mac con la misma contraseña en Ajustes del Sistema › (tu nombre).',
  'fixes.card.auth-wrong-password.step1': 'Abre Ajustes del Sistema › (tu nombre) e introduce la contraseña actual cuando te la pida.',
  'fixes.card.auth-wrong-password.step2': 'Si no sabes la contraseña actual, restablécela en un iPhone o iPad de confianza, o en iforgot.apple.com.',
  'fixes.card.auth-wrong-password.step3': 'Vuelve a comprobarlo después de iniciar sesión.',
  'fixes.card.auth-too-many-attempts.title': 'Espera antes de volver a iniciar sesión',
  'fixes.card.auth-too-many-attempts.why':
    'Tras demasiados intentos, Apple te hace esperar. Cada intento nuevo durante la espera puede alargarla o bloquear la cuenta.',
  'fixes.card.auth-too-many-attempts.step0':
    'Deja de intentarlo en todos los dispositivos por ahora, incluidas las apps y dispositivos que siguen pidiendo la contraseña en segundo plano. Espera al menos una hora antes del siguiente intento.',
  'fixes.card.auth-too-many-attempts.step1':
    'Cuando lo vuelvas a intentar, asegúrate de escribir la contraseña actual; si no estás seguro, restablécela en iforgot.apple.com en lugar de adivinar.',
  'fixes.card.auth-account-locked.title': 'Desbloquea tu cuenta de Apple en iforgot.apple.com',
  'fixes.card.auth-account-locked.why':
    'Apple bloquea una cuenta para protegerla tras demasiados intentos fallidos (contraseña, preguntas de seguridad o códigos). Esperar no la desbloquea; demostrar quién eres, sí.',
  'fixes.card.auth-account-locked.step0':
    'Ve a iforgot.apple.com (o, en un iPhone o iPad de confianza, sigue el aviso que dice que la cuenta está bloqueada) y confirma tu identidad con tu número de teléfono o dispositivo de confianza. Puede que tengas que restablecer la contraseña.',
  'fixes.card.auth-account-locked.step1': 'Después de desbloquearla, vuelve a iniciar sesión en este Mac en Ajustes del Sistema › (tu nombre).',
  'fixes.step.send-codes':
    '¿Sigue fallando? Exporta el informe desde esta app: incluye los códigos y horas exactos que registró el software de Apple (tu correo, tus números de teléfono y de cuenta quedan fuera). Dáselos al Soporte técnico de Apple.',
  'fixes.card.auth-code-not-delivered.title': 'Consigue el código de verificación de otra forma',
  'fixes.card.auth-code-not-delivered.why':
    'El código de la autenticación de doble factor no ha llegado. Los códigos van a tus dispositivos de confianza mediante las Notificaciones Push de Apple, o a tu número de confianza por SMS o llamada.',
  'fixes.card.auth-code-not-delivered.step0':
    'En un iPhone o iPad de confianza con conexión, abre Ajustes › (tu nombre) › Inicio de sesión y seguridad › Autenticación de doble factor › Obtener código de verificación (en un Mac de confianza: Ajustes del Sistema › (tu nombre) › Inicio de sesión y seguridad).',
  'fixes.card.auth-code-not-delivered.step1':
    'En la pantalla de inicio de sesión elige «¿No has recibido un código de verificación?» y haz que te envíen el código a tu número de confianza por SMS o llamada.',
  'fixes.action.about-verification-codes': 'Acerca de los códigos de verificación',
  'fixes.card.auth-code-not-delivered.step2':
    'Asegúrate de que el dispositivo de confianza tenga conexión, esté activo y con la sesión iniciada en la misma cuenta de Apple. Si no tienes ningún dispositivo de confianza a mano, usa tu número de teléfono de confianza.',
  'fixes.card.auth-code-not-delivered.step3':
    'Si los códigos nunca llegan a los dispositivos de esta red, comprueba que las Notificaciones Push de Apple puedan pasar (TCP 5223).',
  'fixes.action.apple-push-ports': 'Puertos push de Apple',
  'fixes.card.auth-code-rejected.title': 'Introduce enseguida el código de verificación más reciente',
  'fixes.card.auth-code-rejected.why':
    'Apple rechazó el código. Los códigos caducan pronto, una solicitud nueva invalida los anteriores, y un reloj mal puesto en este Mac puede hacer que un código correcto parezca caducado.',
  'fixes.card.auth-code-rejected.step0': 'Solicita un código nuevo y escribe solo el más reciente, en el momento. Ignora los códigos de intentos anteriores.',
  'fixes.card.auth-code-rejected.step1': 'Asegúrate de que este Mac ajuste la hora automáticamente: Ajustes del Sistema › General › Fecha y hora.',
  'fixes.card.auth-no-push-token.title': 'Deja que este Mac se registre en las Notificaciones Push de Apple',
  'fixes.card.auth-no-push-token.why':
    'Sin un token push, Apple no puede enviar a este Mac aprobaciones de inicio de sesión ni códigos de verificación. El Mac consigue uno del servicio push de Apple cuando puede llegar a él con la hora correcta.',
  'fixes.card.auth-no-push-token.step0': 'Asegúrate de que la fecha y la hora se ajusten automáticamente (Ajustes del Sistema › General › Fecha y hora).',
  'fixes.card.auth-no-push-token.step1':
    'Asegúrate de que la red deje pasar las Notificaciones Push de Apple: TCP 5223 (443 como alternativa) hacia *.push.apple.com. Una VPN o una red con filtros puede bloquearlas.',
  'fixes.card.auth-no-push-token.step2': 'Reinicia el Mac: el servicio push vuelve a registrarse al arrancar.',
  'fixes.card.auth-no-push-token.step3': 'Mientras tanto, haz que te envíen los códigos de verificación a tu número de teléfono de confianza.',
  'fixes.card.auth-attestation-failed.title': 'Este Mac no pudo demostrar que es auténtico',
  'fixes.card.auth-attestation-failed.why':
    'En cada inicio de sesión, macOS demuestra a Apple que funciona en hardware real de Apple (certificación del dispositivo). Si falla, Apple rechaza el inicio de sesión, sea cual sea la contraseña o la red.',
  'fixes.card.auth-attestation-failed.step0':
    'Instala la última actualización de macOS (Ajustes del Sistema › General › Actualización de software) y reinicia el Mac.',
  'fixes.card.auth-attestation-failed.step1':
    'Si es una máquina virtual o un Mac con la identidad de hardware cambiada (número de serie, placa base sustituida fuera de Apple), Apple puede rechazarlo; el inicio de sesión en una máquina virtual solo funciona donde la virtualización de Apple lo admite (chip de Apple, macOS 15 o posterior como anfitrión e invitado).',
  'fixes.card.auth-attestation-failed.step2':
    'En un Mac auténtico, reinícialo y vuelve a intentarlo; si sigue fallando, tiene que revisarlo el Soporte técnico de Apple.',
  'fixes.card.apple-log-send-codes.title': 'Envía al Soporte técnico de Apple los códigos que registró el software de Apple',
  'fixes.card.apple-log-send-codes.why':
    'El Soporte técnico de Apple pide los códigos de error exactos. Esta app los ha encontrado en el registro del Mac, con su hora, para que no tengas que buscarlos.',
  'fixes.card.apple-log-send-codes.step0':
    'Abre el informe en esta app y expórtalo; incluye los códigos y las horas que aparecen en «Lo que dijo el software de Apple», sin tus datos personales.',
  'fixes.symptom.stuck-verifying.title': 'El inicio de sesión se queda en «Verificando…»',
  'fixes.symptom.stuck-verifying.description':
    'Ajustes del Sistema, el App Store u otra app se queda dando vueltas en «Verificando» o «Iniciando sesión» y nunca termina.',
  'fixes.symptom.stuck-verifying.step0': 'Ejecuta las comprobaciones de conexión y sigue primero las tarjetas que muestren.',
  'fixes.action.run-the-checks': 'Ejecutar las comprobaciones',
  'fixes.symptom.stuck-verifying.step1': 'Mira en la página Estado del sistema de Apple «Cuenta de Apple» o «Cuenta e inicio de sesión de iCloud».',
  'fixes.step.hotspot': 'Conéctate a otra red —Compartir Internet de tu iPhone es lo más rápido— y vuelve a intentarlo.',
  'fixes.step.hotspot-detail': 'Si allí funciona, la causa es tu red habitual (router, filtro DNS, firewall, proxy o VPN), no tu cuenta.',
  'fixes.symptom.stuck-verifying.step3': 'Desactiva un momento las apps de VPN, proxy y protección web y vuelve a intentarlo.',
  'fixes.symptom.stuck-verifying.step5': 'Cierra Ajustes del Sistema (o la app atascada) con Comando + Q, reinicia el Mac e inténtalo una vez más.',
  'fixes.symptom.stuck-verifying.step5.detail':
    'Un reinicio libera los procesos de inicio de sesión atascados. Evita intentarlo muchas veces seguidas: los intentos repetidos pueden hacer que Apple ralentice temporalmente tu inicio de sesión.',
  'fixes.symptom.stuck-verifying.step6': 'Instala cualquier actualización de macOS disponible en Ajustes del Sistema › General › Actualización de software.',
  'fixes.symptom.stuck-verifying.topic': 'inicio de sesión atascado en Verificando',
  'fixes.escalate.text': '¿Sigue sin funcionar? Exporta el informe desde esta app y contacta con el Soporte técnico de Apple sobre «{topic}».',
  'fixes.escalate.detail':
    'El informe enumera las comprobaciones realizadas, lo que encontraron y los pasos que marcaste, sin los datos de tu cuenta salvo que los incluyas. Indica el modelo de tu Mac, la versión de macOS y el mensaje de error exacto que ves.',
  'fixes.symptom.works-on-iphone-not-mac.title': 'Funciona en mi iPhone, pero no en este Mac',
  'fixes.symptom.works-on-iphone-not-mac.description':
    'Puedes iniciar sesión en tu iPhone o iPad con la misma cuenta de Apple, pero el Mac falla o no deja de pedirla.',
  'fixes.symptom.works-on-iphone-not-mac.step0': 'Ejecuta las comprobaciones de este Mac y su red; sigue primero las tarjetas que muestren.',
  'fixes.symptom.works-on-iphone-not-mac.step1':
    'Asegúrate de que sea la misma cuenta: compara el correo electrónico que aparece bajo tu nombre en Ajustes del iPhone y en Ajustes del Sistema del Mac.',
  'fixes.symptom.works-on-iphone-not-mac.step1.detail':
    'En macOS 13–14 la entrada se llama «ID de Apple»; desde macOS 15, «Cuenta de Apple». El App Store puede usar otra cuenta: mira Contenido y compras bajo tu nombre.',
  'fixes.symptom.works-on-iphone-not-mac.step2': 'Conecta el Mac a Compartir Internet de tu iPhone y vuelve a intentarlo.',
  'fixes.symptom.works-on-iphone-not-mac.step3': 'Asegúrate de que la fecha, la hora y la zona horaria del Mac se ajusten automáticamente.',
  'fixes.symptom.works-on-iphone-not-mac.step4': 'Instala cualquier actualización de macOS disponible.',
  'fixes.symptom.works-on-iphone-not-mac.step5': 'Reinicia el Mac y vuelve a intentarlo.',
  'fixes.symptom.works-on-iphone-not-mac.step5.detail':
    'No hace falta restablecer la NVRAM ni el SMC: esos restablecimientos solo existen en los Mac con procesador Intel y no arreglan problemas de inicio de sesión ni de red. En un Mac con chip de Apple, reiniciar hace lo equivalente.',
  'fixes.symptom.works-on-iphone-not-mac.step6':
    'Prueba con un usuario nuevo: en Ajustes del Sistema › Usuarios y grupos, añade un usuario temporal, inicia sesión con él y entra allí en tu cuenta de Apple.',
  'fixes.symptom.works-on-iphone-not-mac.step6.detail':
    'Si funciona con el usuario nuevo, el problema está en tu propia cuenta de usuario (ítems del llavero o ajustes), no en el Mac ni en la red. Después elimina el usuario de prueba.',
  'fixes.symptom.works-on-iphone-not-mac.topic': 'el inicio de sesión funciona en el iPhone pero no en el Mac',
  'fixes.symptom.icloud-errors.title': 'iCloud muestra errores',
  'fixes.symptom.icloud-errors.description':
    'iCloud Drive, Fotos, Notas u otras funciones de iCloud muestran errores, dejan de sincronizarse o te piden que vuelvas a iniciar sesión.',
  'fixes.step.run-checks': 'Ejecuta las comprobaciones y sigue primero las tarjetas que muestren.',
  'fixes.symptom.icloud-errors.step1': 'Mira en la página Estado del sistema de Apple el servicio de iCloud que falla.',
  'fixes.symptom.icloud-errors.step2':
    'Abre Ajustes del Sistema › (tu nombre) › iCloud: introduce la contraseña si te la pide y comprueba que tu almacenamiento de iCloud no esté lleno.',
  'fixes.symptom.icloud-errors.step2.detail':
    'Con el almacenamiento de iCloud lleno se detienen las subidas y las copias de seguridad, aunque el inicio de sesión funcione.',
  'fixes.symptom.icloud-errors.step3': 'Asegúrate de que la fecha y la hora se ajusten automáticamente.',
  'fixes.symptom.icloud-errors.step5':
    'Como último recurso, cierra la sesión de tu cuenta de Apple en este Mac (Ajustes del Sistema › tu nombre › Cerrar sesión), reinicia y vuelve a iniciar sesión.',
  'fixes.symptom.icloud-errors.step5.detail':
    'Al cerrar sesión, elige conservar una copia de tus datos de iCloud en el Mac. Los archivos que solo están en iCloud Drive se vuelven a descargar cuando inicias sesión de nuevo, lo que puede tardar.',
  'fixes.symptom.icloud-errors.topic': 'errores de iCloud',
  'fixes.symptom.password-prompts-fail.title': 'Las peticiones de contraseña fallan o no dejan de aparecer',
  'fixes.symptom.password-prompts-fail.description':
    'El Mac no deja de pedir la contraseña de tu cuenta de Apple, o dice que es incorrecta aunque estás seguro de que es la buena.',
  'fixes.symptom.password-prompts-fail.step1': 'Prueba tu contraseña en un navegador iniciando sesión en account.apple.com.',
  'fixes.symptom.password-prompts-fail.step1.detail':
    'Si allí funciona, tu cuenta y tu contraseña están bien y el problema está en este Mac. Si también falla allí, restablece la contraseña (paso siguiente).',
  'fixes.symptom.password-prompts-fail.step2':
    '¿Has olvidado la contraseña o la cuenta está bloqueada? Restablécela o desbloquéala en iforgot.apple.com, o en un iPhone o iPad de confianza.',
  'fixes.symptom.password-prompts-fail.step2.detail':
    'También puede ayudarte a restablecerla el iPhone o iPad de un familiar con la app Soporte de Apple, o tu contacto de recuperación de cuenta. Si Apple no puede verificar tu identidad, ofrece como último recurso la recuperación de la cuenta: un periodo de espera de varios días o más.',
  'fixes.symptom.password-prompts-fail.step3':
    '¿Cambiaste la contraseña en otro dispositivo? Abre Ajustes del Sistema, haz clic en tu nombre e introduce la contraseña nueva donde te la pida.',
  'fixes.symptom.password-prompts-fail.step4':
    'Si la comprobación del llavero encontró ítems duplicados o antiguos de la cuenta de Apple, sigue su tarjeta, con cuidado.',
  'fixes.symptom.password-prompts-fail.step4.detail':
    'Nunca borres ni restablezcas todo tu llavero de inicio de sesión. Elimina solo los ítems duplicados de la cuenta de Apple, después de cerrar sesión, y no toques los ítems del llavero de iCloud: se sincronizan con todos tus dispositivos.',
  'fixes.symptom.password-prompts-fail.step5':
    'Prueba con un usuario nuevo: en Ajustes del Sistema › Usuarios y grupos, añade un usuario temporal, inicia sesión con él e inicia sesión allí en tu cuenta.',
  'fixes.symptom.password-prompts-fail.step5.detail':
    'Si funciona con el usuario nuevo, el problema está en tu propia cuenta de usuario (a menudo en su llavero), no en tu cuenta de Apple ni en la red. Después elimina el usuario de prueba.',
  'fixes.symptom.password-prompts-fail.topic': 'peticiones de contraseña que fallan una y otra vez',
  'fixes.symptom.app-store-signin.title': 'No puedo iniciar sesión en el App Store',
  'fixes.symptom.app-store-signin.description': 'El App Store no inicia sesión, no deja de pedir la contraseña o rechaza compras y descargas.',
  'fixes.symptom.app-store-signin.step1': 'Mira en la página Estado del sistema de Apple el apartado «App Store».',
  'fixes.symptom.app-store-signin.step2': 'Comprueba qué cuenta usa el App Store: Ajustes del Sistema › (tu nombre) › Contenido y compras.',
  'fixes.symptom.app-store-signin.step2.detail':
    'En Contenido y compras puede haber iniciada una cuenta de Apple distinta de la de iCloud. Usa la cuenta con la que compraste tus apps.',
  'fixes.symptom.app-store-signin.step3': 'En el App Store, elige Store › Cerrar sesión, sal del App Store con Comando + Q, vuelve a abrirlo e inicia sesión.',
  'fixes.symptom.app-store-signin.step4':
    'Si el inicio de sesión funciona pero las compras fallan, haz clic en tu nombre en la parte inferior de la barra lateral del App Store, después en Ajustes de la cuenta, y revisa tu método de pago y tu país o región.',
  'fixes.symptom.app-store-signin.topic': 'inicio de sesión en el App Store',
  'fixes.symptom.codes-not-arriving.title': 'Los códigos de verificación no llegan',
  'fixes.symptom.codes-not-arriving.description':
    'El código de seis dígitos nunca aparece en tus otros dispositivos ni por SMS, o ves «No se pueden enviar códigos de verificación».',
  'fixes.symptom.codes-not-arriving.step0':
    'Ejecuta las comprobaciones: los códigos llegan a tus dispositivos mediante las Notificaciones Push de Apple, que algunas redes bloquean.',
  'fixes.symptom.codes-not-arriving.step1': 'Mira en la página Estado del sistema de Apple el apartado «Cuenta de Apple».',
  'fixes.symptom.codes-not-arriving.step2':
    'En un dispositivo de confianza, asegúrate de que esté desbloqueado y con conexión, busca la notificación de inicio de sesión y elige Permitir.',
  'fixes.symptom.codes-not-arriving.step2.detail':
    'El dispositivo debe tener iniciada la sesión en la misma cuenta de Apple y poder llegar a Apple. Un dispositivo en una red que bloquea las notificaciones push nunca ve la solicitud.',
  'fixes.symptom.codes-not-arriving.step3':
    '¿No hay notificación? Consigue tú un código en un dispositivo de confianza: iPhone o iPad — Ajustes › (tu nombre) › Inicio de sesión y seguridad › Autenticación de doble factor › Obtener código de verificación; Mac — Ajustes del Sistema › (tu nombre) › Inicio de sesión y seguridad › Autenticación de doble factor › Obtener código de verificación.',
  'fixes.symptom.codes-not-arriving.step3.detail':
    'En versiones anteriores la sección se llama «Contraseña y seguridad» (macOS 13, iOS 16 y anteriores), con Obtener código de verificación directamente dentro. Funciona incluso sin conexión. La opción no aparece si usas llaves de seguridad, y la ayuda actual de Apple ya no la menciona en todas las versiones; si no está, usa el SMS o la llamada.',
  'fixes.symptom.codes-not-arriving.step4':
    'Para un SMS o una llamada, elige «¿No has recibido un código?» (o «¿No tienes acceso a tus dispositivos?») en la pantalla del código y selecciona tu número de confianza.',
  'fixes.symptom.codes-not-arriving.step4.detail':
    'Los SMS y las llamadas los entrega tu operador móvil, no este Mac: revisa la cobertura, la itinerancia, Concentración o No molestar, y los mensajes filtrados o de remitentes desconocidos. Espera unos minutos antes de volver a pedirlo; si ves «No se pueden enviar códigos de verificación a este número de teléfono», deja de pedir códigos durante varias horas: muchas solicitudes seguidas son una causa habitual.',
  'fixes.symptom.codes-not-arriving.step5':
    'Revisa tus números de teléfono de confianza en account.apple.com › Inicio de sesión y seguridad, añade uno en el que puedas recibirlos y elimina los antiguos.',
  'fixes.symptom.codes-not-arriving.step5.detail':
    'Tienes que haber iniciado sesión para cambiarlos. Si no puedes iniciar sesión en ningún sitio, usa la recuperación de la cuenta (paso siguiente).',
  'fixes.symptom.codes-not-arriving.step6': 'Si iMessage o FaceTime en tu iPhone dice «Esperando activación», contacta con tu operador.',
  'fixes.symptom.codes-not-arriving.step6.detail':
    'La activación también depende de que el operador haga llegar los mensajes de Apple a tu número; el mismo problema del operador suele bloquear los SMS de verificación.',
  'fixes.symptom.codes-not-arriving.step7':
    '¿No consigues ningún código? Restablece la contraseña en iforgot.apple.com; si Apple no puede verificar tu identidad, ofrece la recuperación de la cuenta: iníciala una vez y deja que pase el periodo de espera.',
  'fixes.symptom.codes-not-arriving.step7.detail':
    'El periodo de espera (varios días o más) protege tu cuenta. Sigue las instrucciones del correo de confirmación de Apple; usar otros dispositivos con la sesión iniciada mientras tanto puede retrasarlo o cancelarlo. Un contacto o una clave de recuperación, si los configuraste, te devuelven el acceso sin esperar. Desactivar la autenticación de doble factor no es posible en la mayoría de las cuentas y no es una solución.',
  'fixes.action.apple-get-a-verification-code': 'Apple: obtener un código de verificación',
  'fixes.symptom.codes-not-arriving.topic': 'códigos de verificación que no llegan',
};
