/** es texts: namespace `cli` (tú-form, es-ES). Flags, formats, check ids and commands stay as typed. */
import type { Translated } from '../en';
import type { cli as en } from '../en/cli';

export const cli: Translated<typeof en> = {
  'cli.help': `Uso: appleid-doctor [check] [opciones]
     appleid-doctor fix [ID] [--dry-run] [--yes]   (reparaciones; consulta appleid-doctor fix --help)

Comprueba si este Mac puede iniciar sesión en su cuenta de Apple ahora mismo y, si no, por qué.

Opciones:
  --json               Muestra el informe completo en JSON (esquema appleid-doctor/report@1)
  --format FMT         json, text (por omisión), jamf, prometheus o plist (formatos de flota: ver README)
  --output ARCHIVO     Escribe la salida en ARCHIVO de forma atómica (temporal, fsync, rename) en vez de stdout
  --from-report ARCH.  Muestra un informe --format json guardado en otro formato (sin comprobaciones)
  --config ARCHIVO     Usa un archivo de configuración JSON (endpoints, tiempos, servidores DNS, herramientas…)
  --only ID[,ID…]      Ejecuta solo estas comprobaciones (repetible; el resultado solo las abarca a ellas):
                       {ids}
  --all                Muestra todas las fichas de solución (el terminal muestra solo las dos primeras)
  --include-personal   Muestra tu cuenta de Apple, nombres, rutas y direcciones (ocultos por omisión, en todos los formatos)
  --lang IDIOMA        Idioma de la salida de texto: {langs}
                       (por omisión: según LC_ALL, LC_MESSAGES o LANG)
  --no-color           No usa nunca colores (también: NO_COLOR=1)
  -h, --help           Muestra esta ayuda
  -v, --version        Muestra la versión

Código de salida: 0 verde, 1 ámbar, 2 rojo, 64 uso incorrecto, 78 configuración incorrecta;
66 --from-report ilegible, 73 no se puede escribir --output.`,

  'cli.usage.line': 'appleid-doctor: {error} (consulta appleid-doctor --help)',
  'cli.usage.unknown_command': 'comando desconocido “{command}” (los comandos son “check” y “fix”)',
  'cli.usage.switch_value': '{flag} no admite valor (o =true / =false), se ha recibido “{value}”',
  'cli.usage.needs_file': '{flag} necesita la ruta de un archivo',
  'cli.usage.format': '--format necesita uno de estos valores: {formats}',
  'cli.usage.format_twice': '--format indicado dos veces con valores distintos',
  'cli.usage.only_empty': '--only necesita ID de comprobación, p. ej. --only signin-endpoints,clock',
  'cli.usage.only_none': '--only necesita al menos un ID de comprobación, p. ej. --only signin-endpoints,clock',
  'cli.usage.unknown_check': 'ID de comprobación desconocido “{id}” (conocidos: {known})',
  'cli.usage.lang': '--lang necesita uno de estos valores: {langs}; se ha recibido “{value}”',
  'cli.usage.unknown_option': 'opción desconocida “{option}”',
  'cli.usage.json_format': '--json y --format {format} se contradicen',

  'cli.error.bad_config': 'appleid-doctor: configuración incorrecta: {error}{more, plural, =0 {} one { (y # error más)} other { (y # errores más)}}',
  'cli.error.managed': 'appleid-doctor: {problem}',
  'cli.error.report_unreadable': 'appleid-doctor: {path}: no se puede leer',
  'cli.error.report_invalid': 'appleid-doctor: {path}: no es un informe {schema} ({where}: {detail})',
  'cli.error.report_not_json': 'appleid-doctor: {path}: no es JSON válido ({detail})',
  'cli.error.cannot_write': 'appleid-doctor: no se puede escribir --output {detail}',

  'cli.light.green': '● VERDE',
  'cli.light.amber': '▲ ÁMBAR',
  'cli.light.red': '■ ROJO',
  'cli.fix.heading': 'Cómo solucionarlo: {title}',
  'cli.more_fixes': '+{n, plural, one {# solución más} other {# soluciones más}} ({names}): appleid-doctor --all',
  'cli.footer':
    'Comprobado en {duration}{skipped, plural, =0 {} one { · # comprobación de macOS sin hacer en {os}} other { · # comprobaciones de macOS sin hacer en {os}}} · --json para el informe completo',

  'cli.apple-log.heading': 'Lo que ha notificado el software de Apple',
  'cli.apple-log.line': '{time}  {process}  {code}{count, plural, =1 {} other { ×#}} — {meaning} ({relation})',
  'cli.apple-log.line_cause': '{time}  {process}  {code}{count, plural, =1 {} other { ×#}} — {meaning} ({relation}: {cause})',
  'cli.apple-log.no_meaning': 'significado desconocido',
  'cli.apple-log.more': '… {n} más en --json',
  'cli.apple-log.relation.primary': 'ninguna comprobación de red lo explica',
  'cli.apple-log.relation.explained': 'lo explican las comprobaciones actuales',
  'cli.apple-log.relation.corroborates': 'las comprobaciones actuales también lo ven',
  'cli.apple-log.relation.history': 'ahora funciona',
  'cli.apple-log.relation.info': 'para que conste',
};
