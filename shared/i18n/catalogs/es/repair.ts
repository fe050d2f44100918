/** es texts: namespace `repair`. */
import type { Translated } from '../en';
import type { repair as en } from '../en/repair';

export const repair: Translated<typeof en> = {
  'repair.flush-dns.button': 'Vaciar la caché DNS',
  'repair.flush-dns.does': 'Tu Mac olvida las respuestas DNS que tenía guardadas y vuelve a preguntar. No cambia ningún ajuste.',
  'repair.flush-dns.fixed': 'Solucionado: los servidores de inicio de sesión de Apple vuelven a encontrarse y a responder.',
  'repair.proxy-off.button': 'Desactivar el proxy',
  'repair.proxy-off.does':
    'Desactiva el proxy que no responde en el servicio de red en el que está configurado. Los valores anteriores se guardan para que puedas volver a activarlo.',
  'repair.proxy-off.fixed': 'Solucionado: los servidores de inicio de sesión de Apple vuelven a responder.',
  'repair.proxy-on.button': 'Volver a activar el proxy',
  'repair.proxy-on.does': 'Restaura los ajustes de proxy que esta app desactivó, exactamente como estaban.',
  'repair.proxy-on.fixed': 'El proxy vuelve a estar activado y los servidores de inicio de sesión de Apple siguen respondiendo.',
  'repair.auto-time-on.button': 'Ajustar la hora automáticamente',
  'repair.auto-time-on.does': 'Activa «Ajustar fecha y hora automáticamente» con el servidor de hora de Apple, time.apple.com.',
  'repair.auto-time-on.fixed': 'Solucionado: este Mac vuelve a ajustar su reloj con time.apple.com.',

  'repair.plan.target':
    '{kind, select, web {el proxy web (HTTP) {server}} secure {el proxy web seguro (HTTPS) {server}} socks {el proxy SOCKS {server}} other {la configuración automática del proxy}} en «{service}»',
  'repair.plan.proxy-off': 'Desactiva {targets}. Los valores anteriores se guardan para que puedas volver a activarlo.',
  'repair.plan.proxy-on': 'Restaura {targets}, tal como estaba antes de que esta app lo desactivara.',

  'repair.manual.prepare-failed':
    'Esta app no ha podido preparar la reparación ({error}). {face, select, cli {Ejecuta appleid-doctor check para ver los pasos que puedes seguir tú.} other {Sigue mejor los pasos de abajo.}}',
  'repair.manual.no-dead-proxy':
    'La última comprobación no ha encontrado ningún proxy del sistema que falle. {face, select, cli {Vuelve a ejecutar appleid-doctor check o sigue los pasos que muestra.} other {Vuelve a comprobarlo o sigue los pasos de abajo.}}',
  'repair.manual.no-services':
    'Esta app no ha podido leer la lista de servicios de red. {face, select, cli {Ejecuta appleid-doctor check para ver los pasos que puedes seguir tú.} other {Sigue mejor los pasos de abajo.}}',
  'repair.manual.unsafe-service':
    'El proxy está configurado en un servicio de red cuyo nombre esta app no pone en un comando de administrador. {face, select, cli {Desactívalo en Ajustes del Sistema › Red.} other {Sigue los pasos de abajo para desactivarlo en Ajustes del Sistema.}}',
  'repair.manual.service-not-found':
    'Esta app no ha podido averiguar en qué servicio de red está configurado el proxy. {face, select, cli {Desactívalo en Ajustes del Sistema › Red.} other {Sigue los pasos de abajo para desactivarlo en Ajustes del Sistema.}}',
  'repair.manual.nothing-saved': 'Esta app no ha desactivado ningún proxy. Para configurar uno, usa Ajustes del Sistema › Red.',
  'repair.manual.no-services-undo': 'Esta app no ha podido leer la lista de servicios de red. Usa mejor Ajustes del Sistema › Red.',
  'repair.manual.service-unusable': 'No se puede usar el servicio de red «{service}»: {problem}. Usa mejor Ajustes del Sistema › Red.',
  'repair.manual.unsafe-server': 'El servidor proxy guardado no es de los que esta app pone en un comando. Usa mejor Ajustes del Sistema › Red.',
  'repair.service.bad-characters': 'su nombre tiene caracteres que esta app no pone en un comando de administrador',
  'repair.service.not-listed': 'no es uno de los servicios de red que muestra este Mac',

  'repair.run.expired':
    'Esta reparación se preparó hace demasiado tiempo. {face, select, cli {Vuelve a ejecutar el comando.} other {Vuelve a pulsar su botón.}}',
  'repair.run.cancelled': 'No se ha cambiado nada: se canceló la solicitud de contraseña.',
  'repair.run.failed':
    'No ha funcionado: {reason}. {face, select, cli {Ejecuta appleid-doctor check para ver los pasos que puedes seguir tú.} other {Sigue mejor los pasos de abajo.}}',
  'repair.run.recheck-failed':
    'La reparación se ha ejecutado, pero la nueva comprobación no ha podido hacerse ({error}). {face, select, cli {Ejecuta appleid-doctor check.} other {Pulsa «Comprobar ahora».}}',
  'repair.run.still-wrong': 'Sigue fallando: {check}: {summary}',
  'repair.run.unknown': 'La reparación se ha ejecutado, pero las comprobaciones no han podido saber si ha funcionado.',
  'repair.reason.spawn': 'no se ha podido abrir la solicitud de contraseña de administrador ({error})',
  'repair.reason.timeout': 'no hubo respuesta a tiempo; se ha detenido la reparación',
  'repair.reason.status': 'código de salida {status}',

  'repair.step.cancelled': '«{title}»: solicitud de contraseña cancelada; no se ha cambiado nada',
  'repair.step.failed': '«{title}» ha fallado: {reason}',
  'repair.step.recheck-failed': '«{title}» ejecutado; la nueva comprobación no ha podido hacerse',
  'repair.step.ran': '«{title}» ejecutado: {result}',

  'repair.cli.usage': `Uso: appleid-doctor fix [ID] [opciones]

Sin ID: comprueba este Mac y muestra las reparaciones que corresponden a lo que ha encontrado.
Con ID: muestra lo que hace la reparación y el comando exacto, te pregunta, lo ejecuta a través
de la solicitud de contraseña de administrador de macOS, vuelve a comprobar y dice si ha funcionado.

Reparaciones: {ids}

Opciones:
  --dry-run        Mostrar exactamente lo que se ejecutaría; no cambiar nada
  -y, --yes        Aceptar de antemano (necesario cuando no hay un terminal donde preguntar)
  --json           Mostrar el resultado en JSON (esquema appleid-doctor/fix@1)
  --config FILE    Usar un archivo de configuración JSON (como appleid-doctor check)
  --data-dir DIR   Dónde guarda la app su registro de pasos y los valores de proxy que restaurar
                   (por omisión: {dataDir})
  -h, --help       Mostrar esta ayuda

Código de salida al listar: 0 verde, 1 ámbar, 2 rojo (como appleid-doctor check).
Código de salida con ID: 0 solucionado, 1 sigue fallando, 2 la reparación ha fallado, 3 no se
ha cambiado nada (has dicho que no o has cancelado la solicitud de contraseña), 4 se ha ejecutado
pero las comprobaciones no han podido saberlo, 5 no corresponde ahora o esta app no puede hacerla
aquí (valen los pasos manuales); --dry-run: 0 se ejecutaría, 5 como antes. Siempre: 64 uso
incorrecto (o ni terminal ni --yes), 69 las reparaciones necesitan macOS, 78 configuración errónea.`,
  'repair.cli.usage-error': 'appleid-doctor fix: {message} (consulta appleid-doctor fix --help)',
  'repair.cli.bad-config': 'appleid-doctor: configuración errónea: {error}{more, plural, =0 {} other { (y # más)}}',
  'repair.cli.arg.no-value': '{flag} no admite ningún valor',
  'repair.cli.arg.needs-value': '{flag} necesita {what, select, file {la ruta de un archivo} other {la ruta de una carpeta}}',
  'repair.cli.arg.unknown': 'opción desconocida «{option}»',
  'repair.cli.arg.one-at-a-time': 'una reparación cada vez (se han indicado «{first}» y «{second}»)',
  'repair.cli.arg.needs-id': '{flag} necesita el identificador de una reparación, p. ej. appleid-doctor fix flush-dns --dry-run',
  'repair.cli.arg.dry-run-yes': '--dry-run y --yes se contradicen (una prueba en seco no cambia nada)',
  'repair.cli.unknown-id': 'reparación desconocida «{id}» (conocidas: {ids})',
  'repair.cli.needs-macos':
    'Las reparaciones necesitan macOS: cambian los ajustes de este Mac con las propias herramientas de macOS (networksetup, systemsetup, dscacheutil), tras su solicitud de contraseña de administrador. Este ordenador usa {os}; no se ha cambiado nada.',
  'repair.cli.list.heading':
    '{n, plural, one {Una reparación corresponde} other {# reparaciones corresponden}} a lo que ha encontrado la comprobación: {headline}',
  'repair.cli.list.none': 'Ninguna reparación corresponde a lo que ha encontrado la comprobación: {headline}',
  'repair.cli.list.how': 'Para ejecutar una: appleid-doctor fix ID (añade --dry-run para ver exactamente lo que se ejecutaría)',
  'repair.cli.list.card': 'Tarjeta de solución: {card}',
  'repair.cli.list.undo': 'Restaura lo que desactivó «{title}»',
  'repair.cli.list.manual': 'Esta app no puede hacerlo aquí: {reason}',
  'repair.cli.not-applicable': '«{title}» no corresponde a lo que ha encontrado la comprobación: {headline}. No se ha cambiado nada.',
  'repair.cli.applicable': 'Reparaciones que corresponden: {ids}',
  'repair.cli.applicable-none': 'Ahora no corresponde ninguna reparación.',
  'repair.cli.cannot': 'Esta app no puede hacer «{title}» aquí. No se ha cambiado nada.',
  'repair.cli.command-intro': 'Este comando exacto se ejecutará como administrador; macOS te pedirá antes la contraseña:',
  'repair.cli.dry-run-intro':
    'Prueba en seco: no se ha cambiado nada. Este comando exacto se ejecutaría como administrador (macOS te pediría antes la contraseña):',
  'repair.cli.ask': '¿Continuar? [s/N] ',
  'repair.cli.yes-words': 's|sí|si',
  'repair.cli.no-tty':
    'no se cambiará este Mac sin preguntar: ejecútalo en un terminal para que se te pregunte, o añade --yes para aceptar de antemano. No se ha cambiado nada.',
  'repair.cli.declined': 'No se ha cambiado nada.',
  'repair.cli.waiting': 'Esperando a la solicitud de contraseña de macOS…',
  'repair.cli.checking': 'Volviendo a comprobar: {checks}…',
  'repair.cli.undo': 'Para deshacerlo: appleid-doctor fix {id}',
  'repair.cli.now': 'La comprobación dice ahora: {headline}',

  'repair.steps.title': 'Pasos ya probados',
  'repair.steps.hint': 'Lo que has hecho en esta app, con la hora. El soporte de Apple pide esta lista; también está en el informe.',
  'repair.steps.none': 'Nada todavía. Abrir un ajuste, copiar un comando, ejecutar una reparación o volver a comprobar aparece aquí con su hora.',
  'repair.steps.earlier': '{n, plural, one {# paso anterior está} other {# pasos anteriores están}} en el informe.',
  'repair.steps.light': 'después, {light, select, green {verde} amber {ámbar} other {rojo}}',
  'repair.steps.error': 'No se han podido leer los pasos: {error}',
};
