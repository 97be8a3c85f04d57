## Register: formal "usted" throughout, short and warm. Names used often are terms.

-foro = Foro Multiactor
-poc = Punto de contacto (POC)
-pocl = Punto de contacto local (POCL)
-gn = Grupo Núcleo
-gad = gobierno local
-plan = Plan de Acción
-presidencia = Presidencia del Foro
-monitor = ente de monitoreo independiente

## General

error-internal = Lo sentimos: algo falló de nuestro lado al procesar su mensaje y no se guardó ningún cambio. Inténtelo de nuevo en un momento; si vuelve a ocurrir, avise a su punto de contacto.
message-unsupported = Por ahora solo entiendo textos, documentos y fotos. Escriba /ayuda para ver lo que puede hacer.
no-conversation = No tengo ninguna pregunta pendiente con usted. Escriba /ayuda para ver lo que puede hacer.
conversation-expired = La conversación anterior quedó sin respuesta mucho tiempo y la cerré. Empecemos de nuevo.
conversation-flow-changed = El comando /{ $command } cambió desde su última respuesta, así que la conversación no puede seguir donde quedó. Empecemos de nuevo.
command-unknown = No conozco el comando { $command }. Escriba /ayuda para ver los comandos disponibles.
command-not-allowed = El comando /{ $command } no está disponible para su rol. Escriba /ayuda para ver lo que puede hacer.
cancelled = Listo, cancelé lo que estábamos haciendo. No se guardó nada de esa conversación.
nothing-to-cancel = No había nada que cancelar.
choice-stale = Esa opción ya no es válida. Escriba /ayuda para ver lo que puede hacer ahora.
choice-invalid = No reconozco esa respuesta. Elija una de las opciones (puede escribir su número):

## Start and help

start-guest =
    ¡Hola! Soy el asistente del modelo de Estado abierto para los gobiernos locales del Ecuador.
    Si recibió un código de invitación, envíemelo tal como le llegó.
    Si usted es autoridad de un { -gad } (o habla en su nombre) y quiere implementar el modelo, escriba /interes.
start-known = ¡Hola de nuevo, { $name }! Esto es lo que puede hacer:
help-header = Estos son los comandos que puede usar:
help-header-guest = Todavía no tiene un rol en el proceso. Para unirse, envíeme el código de invitación que recibió. Puede usar:
help-in-conversation = Está respondiendo a /{ $command }. Conteste la última pregunta o escriba /cancelar para dejarlo.
help-footer = En cualquier momento: /ayuda muestra esta lista, /cancelar detiene lo que estemos haciendo y /idioma cambia el idioma.

## Invitations

invite-malformed = Eso no parece un código de invitación. Los códigos tienen 16 letras y números; cópielo tal como lo recibió.
invite-unknown = No encontré ese código de invitación. Revise que esté completo o pida uno nuevo a quien se lo envió.
invite-used = Ese código de invitación ya se usó. Cada código sirve una sola vez; pida uno nuevo a quien se lo envió.
invite-expired = Ese código de invitación venció. Pida uno nuevo a quien se lo envió.
invite-rate-limited = Hubo demasiados intentos con códigos que no funcionan. Por seguridad, espere una hora antes de intentarlo de nuevo.
console-first-invite = Base de datos nueva: este es el código de invitación para el primer { -poc }. Envíelo al bot (por ejemplo: @poc: { $code }). No se volverá a mostrar.

## Documents

upload-receipt-unfiled = Recibí «{ $name }» ({ $size }, huella { $hash }). Lo guardé sin clasificar; para registrarlo como producto de una actividad, use /subir.
upload-refused-too-large = No puedo recibir «{ $name }»: supera el tamaño máximo de { $max }. Si puede, envíe una versión más liviana (por ejemplo, un PDF comprimido).
upload-refused-type = No puedo recibir «{ $name }»: su contenido no es un documento admitido (PDF, Word, Excel, OpenDocument o foto JPG/PNG). No se guardó nada.
upload-refused-download = No pude descargar «{ $name }»: por favor, envíelo de nuevo.
upload-needs-invite = Para guardar documentos necesita un rol en el proceso. Primero envíeme su código de invitación.

## Language

cmd-language = cambiar el idioma (español / English)
language-ask = ¿En qué idioma prefiere que le escriba?
language-changed = Listo, le escribiré en español.
language-unknown = Ese idioma no está disponible. Puedo escribirle en español o en inglés.

## Channels

telegram-private-only = Solo atiendo en chats privados. Escríbame directamente para continuar.
whatsapp-type-or-choose = Escriba su respuesta, o responda con el número de una opción.
whatsapp-choose-number = Responda con el número de su opción.
whatsapp-list-button = Ver opciones

## WhatsApp Cloud API templates (approved by Meta; submit again after changing them)
## { $summary } is the message the bot wanted to send, on one line.

whatsapp-template-details = Ver detalles
whatsapp-template-session-invitation = Convocatoria del Foro Multiactor, enviada por el asistente de Estado Abierto: { $summary } Por favor, confirme su asistencia con un botón.
whatsapp-template-session-invitation-example = Invitación a una sesión del Foro Multiactor de GAD Municipal de Cuenca, el martes 1 de diciembre de 2026 a las 10:00, en la sala de sesiones del municipio.
whatsapp-template-session-reminder = Recordatorio del Foro Multiactor de Estado Abierto: { $summary } Por favor, confirme su asistencia con un botón.
whatsapp-template-session-reminder-example = Sesión del Foro Multiactor de GAD Municipal de Cuenca mañana, martes 1 de diciembre de 2026, a las 10:00. Aún no nos ha dicho si asistirá.
whatsapp-template-pending-step = Tiene un paso pendiente en el proceso de Estado Abierto: { $summary } Pulse «Ver detalles» para continuar.
whatsapp-template-pending-step-example = La actividad 6 de GAD Municipal de Cuenca lleva 14 días abierta. Suba el diagnóstico y confírmela.
whatsapp-template-plan-milestone = Aviso sobre el Plan de Acción de Estado Abierto: { $summary } Pulse «Ver detalles» para continuar.
whatsapp-template-plan-milestone-example = El hito «Portal de datos abiertos» del compromiso «Presupuesto participativo» vence el 15 de diciembre de 2026.
whatsapp-template-notification = Tiene un aviso del asistente de Estado Abierto: { $summary } Pulse «Ver detalles» para leerlo completo.
whatsapp-template-notification-example = GAD Municipal de Cuenca expresó su interés en el proceso de Estado Abierto.

## Delivery and storage

store-unavailable = No pude guardar su mensaje; inténtelo de nuevo en unos minutos.
sender-limited = Recibí muchos mensajes suyos en poco tiempo. Por ahora no responderé; escríbame de nuevo en unos minutos.
file-download-link = El archivo «{ $name }» pesa { $megabytes } MB, más de lo que este canal permite enviar. Descárguelo aquí: { $link }
    Huella SHA-256: { $sha256 }
file-in-parts =
    El archivo «{ $name }» pesa { $megabytes } MB, más de lo que este canal permite enviar: se lo envío en { $count } partes.
    Guarde todas las partes en la misma carpeta y abra la primera ({ $first }) con 7-Zip, o únalas: en Windows «copy /b» con las partes en orden; en Linux o macOS «cat» con las partes en orden.
    Huella SHA-256 del archivo completo: { $sha256 }
file-part = «{ $name }»: parte { $index } de { $count }

## Invites from the chat

cmd-invite = invitar a una persona a su rol en el proceso
invite-ask-role = ¿A quién quiere invitar?
invite-ask-gremio = ¿De qué gremio?
whatsapp-logged-out = WhatsApp cerró la sesión del bot: ya no recibo ni envío mensajes por WhatsApp. Para vincularlo de nuevo, reinicie el bot y escanee el código QR (o use el código de vinculación) con el teléfono del número dedicado.

## Common choices

choice-confirm = Confirmar
choice-cancel = Cancelar
choice-done = Terminar
choice-detail = Ver detalle
list-more = … y { $count } más

## Choosing a local government

gad-ask = ¿Qué { -gad }?
gad-none = No encontré un { -gad } en el que pueda hacer esto ahora. Escriba /siguiente para ver lo que le corresponde.
gad-search-ask = Escriba parte del nombre del { -gad } (al menos 2 letras).
gad-search-none = No encontré ningún { -gad } con ese nombre en el que pueda hacer esto. Pruebe con otra parte del nombre.
gad-level-ask = ¿Qué nivel de gobierno es?
gad-name-ask = ¿Cuál es el nombre del { -gad }? (por ejemplo: GAD Municipal de Cuenca)
gad-name-hint = El nombre debe tener entre 2 y 120 caracteres. Escríbalo de nuevo, por favor.
gad-province-ask = ¿En qué provincia está?
gad-canton-ask = ¿En qué cantón?
gad-canton-hint = El nombre del cantón debe tener entre 2 y 80 caracteres. Escríbalo de nuevo, por favor.

## Interest (route a)

cmd-interest = registrar el interés de un { -gad } en el modelo
interest-authority-ask = ¿Cómo se llama la autoridad del { -gad } (quien ejerce la alcaldía, la prefectura o la presidencia de la junta parroquial)?
interest-authority-hint = Escriba el nombre completo de la autoridad (entre 2 y 120 caracteres).
interest-position-ask = ¿Qué cargo ocupa la autoridad?
interest-position-hint = Escriba el cargo (entre 2 y 80 caracteres), por ejemplo: Alcalde.
interest-contact-ask = Escriba un correo electrónico o un número de teléfono de contacto.
interest-contact-hint = Eso no parece un correo ni un teléfono. Escriba, por ejemplo, nombre@gad.gob.ec o 0991234567.
interest-motivation-ask = En pocas palabras, ¿por qué quieren implementar el modelo de Estado abierto?
interest-motivation-hint = Escriba un texto corto (entre 5 y 500 caracteres).
interest-summary =
    Revise los datos antes de enviarlos:
    • Gobierno local: { $name } ({ $level })
    • Provincia: { $province } · Cantón: { $canton }
    • Autoridad: { $authority }, { $position }
    • Contacto: { $contact }
    • Motivación: { $motivation }
interest-summary-plain = { $name } ({ $level }), { $province } / { $canton }. Autoridad: { $authority }, { $position }. Contacto: { $contact }. Motivación: { $motivation }
interest-registered = ¡Gracias! Registré el interés de { $gad } y ya lo comuniqué al { -poc }, al { -gn } y a { $gremio }. Le avisaré por aquí cuando se revise.
interest-duplicate = Ya tenemos un registro de { $gad } (estado: { $status }), así que no hice uno nuevo. Se lo comuniqué al { -poc }.
interest-notify =
    Nuevo interés en el modelo de Estado abierto: { $gad } (gremio: { $gremio }).
    { $summary }
    El { -poc } lo revisará.
interest-accepted = ¡Buenas noticias! El { -poc } aceptó la participación de { $gad } en el proceso. Le envío el código de invitación para la autoridad.
interest-declined =
    El { -poc } no aceptó por ahora la participación de { $gad }. Motivo:
    «{ $reason }»
interest-answer-ask =
    El { -poc } preguntó sobre { $gad }:
    «{ $question }»
    Escriba su respuesta.
interest-answer-hint = Escriba su respuesta en un solo mensaje (al menos 2 caracteres).
interest-answer-sent = Gracias. Envié su respuesta sobre { $gad } al { -poc }.
interest-answer-closed = Esa consulta ya fue atendida. Escriba /interes si quiere registrar otro { -gad }.
interest-info-answered-poc =
    Llegó la respuesta sobre { $gad }:
    «{ $answer }»
    Revísela con /revisar.

## POC review and prioritization (route b)

cmd-review = revisar el interés expresado por gobiernos locales
cmd-prioritize = registrar un { -gad } priorizado
review-none = No hay expresiones de interés pendientes de revisión.
review-ask-gad = ¿Qué expresión de interés quiere revisar?
review-ask-decision =
    { $gad } — { $province } / { $canton } (gremio: { $gremio })
    Autoridad: { $authority }, { $position } · Contacto: { $contact }
    Motivación: { $motivation }
    ¿Qué decide?
review-ask-decision-answered =
    { $gad } — { $province } / { $canton } (gremio: { $gremio })
    Autoridad: { $authority }, { $position } · Contacto: { $contact }
    Motivación: { $motivation }
    Respuesta a su consulta: { $answer }
    ¿Qué decide?
review-accept = Aceptar
review-info = Pedir más información
review-decline = Declinar
review-ask-reason = Escriba el motivo o la pregunta; se lo enviaré a quien expresó el interés.
review-reason-hint = Escriba un texto de al menos 3 caracteres.
review-accepted = Aceptó la participación de { $gad }. Quien expresó el interés recibió el código para la autoridad; aquí lo tiene también:
review-info-sent = Envié su pregunta sobre { $gad }.
review-declined = Registré que la participación de { $gad } no fue aceptada por ahora y se lo comuniqué a quien expresó el interés.
review-already-decided = Otra persona ya resolvió esa expresión de interés. Escriba /revisar para ver las pendientes.
gad-accepted-notify = El { -poc } aceptó la participación de { $gad } en el proceso de Estado abierto.
prioritize-summary =
    Va a registrar este { -gad } como priorizado:
    • { $name } ({ $level }), { $province } / { $canton }
prioritize-done = Registré { $gad } como { -gad } priorizado (gremio: { $gremio }). Envíe este código a su autoridad:
gad-prioritized-notify = El { -poc } priorizó { $gad } para implementar el modelo de Estado abierto.

## Designations and uploads

cmd-designate = designar al { -pocl } y a los delegados (o invitar al { -monitor })
designate-ask-role = ¿A quién quiere designar?
cmd-upload = subir un documento (producto de una actividad)
upload-ask-product = ¿Qué documento va a subir?
upload-send-file = Envíeme ahora el archivo de «{ $product }» (actividad { $activity }) como documento o foto.
upload-expected-file = Estoy esperando un archivo. Envíelo como documento o foto, o escriba /cancelar.
upload-not-allowed = No puede subir ese documento en este { -gad }.
upload-stored = Guardé «{ $name }» como «{ $product }», versión { $version } ({ $size }, huella { $hash }).
document-uploaded-notify = { $who } subió «{ $product }» de { $gad }.
cmd-documents = ver y descargar los documentos de un { -gad }
documents-ask = ¿Qué documento quiere? (actividad · documento · fecha · quién lo subió)
documents-none = No encontré ese documento.
documents-sent = Le envío «{ $name }» (huella { $hash })

## Progress: next steps, status, confirmation

cmd-next = lo que le corresponde hacer ahora
cmd-status = el estado de las 15 actividades de un { -gad }
cmd-confirm = confirmar que una actividad está cumplida
next-gad-header = 📍 { $gad }
next-gad-compact = 📍 { $gad }: { $count ->
        [0] nada pendiente para usted
        [1] 1 actividad abierta
       *[other] { $count } actividades abiertas
    }
next-missing =
    { $activity } — falta:
    { $missing }
next-ready = { $activity } — lista: puede confirmarla.
next-ready-other = { $activity } — lista para que la confirme: { $responsible }.
next-nothing = Nada pendiente para usted ahora. El proceso espera a: { $waiting }.
next-nothing-complete = Nada pendiente para usted: el proceso completó sus 15 actividades.
next-none = Todavía no tiene actividades en un { -gad } que participe en el proceso.
next-none-national = No hay actividades abiertas que le correspondan ahora.{ $reviewer ->
        [yes] { " " }Revise los nuevos interesados con /revisar.
       *[no] {""}
    }
next-choose = ¿Qué quiere hacer?
next-upload = Subir «{ $product }» ({ $gad })
next-confirm = Confirmar actividad { $activity } ({ $gad })
status-summary =
    { $gad } — { $status }
    ✅ Cumplidas: { $done } de { $total }
    🟡 Abiertas: { $openCount }{ $open }
    ⏳ Aún no posibles: { $blocked }
status-bye = Listo. Escriba /estado cuando quiera volver a consultarlo.
status-header =
    { $gad } — { $status }
    { $lines }
status-done = cumplida el { $date } por { $who }
status-by-bot = el bot
status-open = abierta
status-blocked = aún no es posible
confirm-ask-activity = ¿Qué actividad quiere confirmar?
confirm-unknown-activity = Esa actividad no existe.
confirm-not-responsible = No puede confirmar la actividad { $activity }: le corresponde a { $responsible }.
confirm-gad-not-accepted = El { -poc } todavía no ha aceptado la participación de { $gad }.
confirm-already-done = La actividad { $activity } ya estaba cumplida.
confirm-missing =
    Todavía no se puede confirmar la actividad { $activity }. Falta:
    { $missing }
confirm-done = ¡Listo! Registré la actividad { $activity } como cumplida.
confirm-done-opened =
    ¡Listo! Registré la actividad { $activity } como cumplida. Ahora quedan abiertas:
    { $opened }
activity-done-notify = { $gad }: { $who } confirmó la actividad { $activity }.
activity-opened-notify = { $gad }: ya puede avanzar la actividad { $activity }, que le corresponde. Escriba /siguiente para ver qué falta.
missing-prerequisite = que se cumpla { $activity } (le corresponde a { $responsible })
missing-product = subir «{ $product }»
missing-designation = designar al { $role } (/designar)
missing-foro-sector = una entidad de { $sector } con principal y suplente
missing-foro-principal = el principal de una entidad de { $sector }
missing-foro-suplente = el suplente de una entidad de { $sector }
missing-foro-office = designar la { $office } del Foro

## Foro Multiactor

cmd-foro = el { -foro }: composición, actores, invitaciones y cargos
foro-summary =
    { -foro } de { $gad }
    • Entidades en el mapa de actores: { $entities } ({ $seated } con principal y suplente)
    • Cargos designados: { $offices } de { $officesTotal }
    Según el Anexo 1 falta:{ $gaps }
foro-composition =
    { -foro } de { $gad }
    Entidades:
    { $entities }
    Cargos:
    { $offices }
    Según el Anexo 1 falta:
    { $gaps }
foro-no-entities = (todavía no hay entidades en el mapa de actores)
foro-complete = nada; la composición mínima está completa.
foro-entity-line = • { $entity } ({ $sector }): principal { $principal }, suplente { $suplente }
foro-office-line = • { $office }: { $holder }
foro-menu = ¿Qué quiere registrar?
foro-action-entity = Agregar una entidad al mapa de actores
foro-action-seat = Invitar al principal o suplente de una entidad
foro-action-office = Registrar un cargo del Foro
foro-entity-name-ask = ¿Cuál es el nombre de la entidad?
foro-entity-sector-ask = ¿A qué sector pertenece?
foro-entity-interest-ask = ¿Cuál es el interés o la experiencia de la entidad en Estado abierto?
foro-entity-added = Agregué { $entity } al mapa de actores.
foro-seat-entity-ask = ¿De qué entidad?
foro-seat-ask = ¿Principal o suplente?
foro-office-ask = ¿Qué cargo designó el Foro?
foro-office-member-ask = ¿Quién lo ocupa?
foro-office-notify = Su designación como { $office } del { -foro } de { $gad } quedó registrada.
foro-bye = Listo. Escriba /foro cuando quiera volver.
pocl-joined-notify = { $name } se unió como { -pocl } de { $gad }.

## National view

cmd-panorama = vista nacional: gobiernos locales por etapa y los más demorados
panorama =
    Panorama nacional
    { $levels }
    Los más demorados:
    { $stalled }
panorama-stalled-line = • { $gad }: { $activity } (abierta desde { $since })
panorama-failed-messages = ⚠️ { $count ->
        [1] 1 mensaje no se pudo entregar (el equipo técnico lo ve con «npm run cli -- outbox --failed»)
       *[other] { $count } mensajes no se pudieron entregar (el equipo técnico los ve con «npm run cli -- outbox --failed»)
    }
panorama-none-stalled = (ninguna actividad abierta)

## Sessions and reminders

cmd-sessions = programar, mover o cancelar sesiones del { -foro }
cmd-attendance = indicar si asistirá a una sesión del Foro
cmd-minutes = subir el acta de una sesión y registrar la asistencia
cmd-reminders = silenciar o activar los recordatorios no esenciales
sessions-ask-action = ¿Qué quiere hacer con las sesiones del Foro?
sessions-action = { $action ->
    [new] Programar una sesión
    [list] Ver las próximas
    [move] Mover una sesión
   *[cancel] Cancelar una sesión
}
sessions-ask-session = ¿Qué sesión?
sessions-ask-scope = Esta sesión es parte de una serie. ¿Qué cancelo?
sessions-scope = { $scope ->
    [one] Solo esta sesión
   *[series] Esta y todas las siguientes
}
sessions-ask-kind = ¿Es una sola sesión o se repite?
sessions-kind = { $kind ->
    [once] Una sola vez
    [weekly] Cada semana
    [biweekly] Cada dos semanas
    [monthly_weekday] Cada mes, el mismo día de la semana (p. ej. primer martes)
   *[monthly_day] Cada mes, el mismo día del mes
}
sessions-ask-date = ¿Qué día? Escríbalo como día/mes/año, por ejemplo 01/12/2026.
sessions-ask-first-date = ¿Qué día es la primera sesión? Escríbalo como día/mes/año, por ejemplo 01/12/2026. La serie seguirá ese patrón (por ejemplo, si es el primer martes del mes, será cada primer martes).
sessions-date-hint = No entendí la fecha. Escríbala como día/mes/año, por ejemplo 01/12/2026.
sessions-date-past = Esa fecha ya pasó. Escriba una fecha de hoy en adelante (día/mes/año).
sessions-ask-time = ¿A qué hora empieza? Por ejemplo 10:00 o 15:30 (hora local).
sessions-time-hint = No entendí la hora. Escríbala como 10:00 o 15:30.
sessions-time-past = Esa hora ya pasó. Escriba una hora posterior a la actual.
sessions-ask-where = ¿Dónde será? Escriba el lugar, el enlace de la videollamada o ambos.
sessions-where-hint = Escriba el lugar o el enlace (entre 2 y 300 caracteres).
sessions-ask-agenda = ¿Cuál es el orden del día? Escriba los puntos a tratar.
sessions-agenda-hint = Escriba el orden del día (entre 2 y 1500 caracteres).
sessions-confirm-new =
    Revise la sesión del Foro de { $gad }:
    📅 { $when } ({ $kind ->
        [once] una sola vez
        [weekly] cada semana
        [biweekly] cada dos semanas
        [monthly_weekday] cada mes, el mismo día de la semana
       *[monthly_day] cada mes, el mismo día del mes
    })
    📍 { $where }
    📝 { $agenda }
    ¿La programo?
sessions-confirm-move = ¿Muevo la sesión del Foro de { $gad } al { $when }? Los miembros recibirán una nueva invitación.
sessions-confirm-cancel = { $scope ->
    [series] ¿Cancelo la sesión del { $when } y todas las siguientes de la serie? Se avisará a los miembros.
   *[one] ¿Cancelo la sesión del { $when }? Se avisará a los miembros.
}
sessions-scheduled = Listo: sesión del Foro de { $gad } programada para el { $when }. { $members ->
        [0] Todavía no hay miembros a quienes invitar.
        [1] Invitaré a 1 miembro en el próximo minuto, con el archivo para su calendario.
       *[other] Invitaré a { $members } miembros en el próximo minuto, con el archivo para su calendario.
    }
sessions-series-scheduled = Listo: sesiones del Foro de { $gad } { $recurrence }. La primera es el { $when }. { $members ->
        [0] Todavía no hay miembros a quienes invitar.
        [1] Invitaré a 1 miembro en el próximo minuto; cada sesión siguiente se convoca cuando empieza la anterior.
       *[other] Invitaré a { $members } miembros en el próximo minuto; cada sesión siguiente se convoca cuando empieza la anterior.
    }
sessions-recurrence = { $kind ->
    [weekly] cada semana, los { $weekday ->
        [0] domingos
        [1] lunes
        [2] martes
        [3] miércoles
        [4] jueves
        [5] viernes
       *[6] sábados
    }
    [biweekly] cada dos semanas, los { $weekday ->
        [0] domingos
        [1] lunes
        [2] martes
        [3] miércoles
        [4] jueves
        [5] viernes
       *[6] sábados
    }
    [monthly_weekday] cada mes, el { $nth ->
        [1] primer
        [2] segundo
        [3] tercer
        [4] cuarto
       *[-1] último
    } { $weekday ->
        [0] domingo
        [1] lunes
        [2] martes
        [3] miércoles
        [4] jueves
        [5] viernes
       *[6] sábado
    }
   *[monthly_day] cada mes, el día { $day } (o el último día del mes si es más corto)
}, a las { $time }
sessions-none = No hay sesiones programadas del Foro de { $gad }. Use /sesiones para programar una.
sessions-line = { $when } — { $where }
sessions-list =
    Próximas sesiones del Foro de { $gad }:
    { $sessions }
    Series activas:
    { $series }
sessions-moved = Listo: la sesión del Foro de { $gad } ahora es el { $when }. Los miembros recibirán la nueva invitación en el próximo minuto.
sessions-cancelled = Listo: cancelé la sesión del { $when } y avisé a { $members ->
        [1] 1 miembro
       *[other] { $members } miembros
    }.
sessions-series-cancelled = Listo: cancelé la serie de sesiones desde el { $when } y avisé a { $members ->
        [1] 1 miembro
       *[other] { $members } miembros
    }.
sessions-gone = Esa sesión ya no se puede cambiar (ya empezó o fue cancelada). Escriba /sesiones para ver las próximas.
session-invite =
    Convocatoria a sesión del { -foro } de { $gad }
    📅 { $when }
    📍 { $where }
    📝 Orden del día: { $agenda }
    Le adjunto el evento para su calendario. ¿Asistirá? Responda con una opción, o más tarde con /asistencia.
session-moved-invite =
    La sesión del { -foro } de { $gad } cambió de fecha.
    📅 Nueva fecha: { $when }
    📍 { $where }
    📝 Orden del día: { $agenda }
    Le adjunto el evento actualizado. ¿Asistirá? Responda con una opción, o más tarde con /asistencia.
session-cancelled-notify = Se canceló la sesión del { -foro } de { $gad } del { $when }. El archivo adjunto la quita de su calendario.
session-reminder =
    Recordatorio: sesión del { -foro } de { $gad }
    📅 { $when }
    📍 { $where }
    📝 Orden del día: { $agenda }
session-reminder-ask =
    Recordatorio: sesión del { -foro } de { $gad }
    📅 { $when }
    📍 { $where }
    📝 Orden del día: { $agenda }
    Todavía no sabemos si asistirá. ¿Podrá asistir?
session-suplente-ask =
    { $principal } no podrá asistir a la sesión del Foro de { $gad } del { $when }. Como suplente de su entidad, ¿puede asistir en su lugar?
    📍 { $where }
    📝 Orden del día: { $agenda }
session-absence-notify = { $principal } no asistirá a la sesión del Foro de { $gad } del { $when }. Pedí a la persona suplente ({ $suplentes }) que asista en su lugar.
session-absence-no-suplente = { $principal } no asistirá a la sesión del Foro de { $gad } del { $when }, y su entidad no tiene suplente registrado en el bot.
session-expected-attendance =
    Asistencia esperada a la sesión del Foro de { $gad } del { $when }:
    ✅ Asistirán: { $yes }
    ❌ No asistirán: { $no }
    ❔ Sin respuesta: { $pending }
attendance-ask-session = ¿Para qué sesión?
attendance-ask = ¿Asistirá a la sesión?
attendance-yes = Asistiré
attendance-no = No asistiré
attendance-recorded-yes = Gracias, anoté que asistirá a la sesión del { $when }.
attendance-recorded-no = Gracias por avisar: anoté que no asistirá a la sesión del { $when }.
attendance-closed = Esa sesión ya no recibe respuestas (empezó o fue cancelada).
attendance-none = No tiene convocatorias a próximas sesiones del Foro.
minutes-ask-session = ¿De qué sesión es el acta?
minutes-ask-file = Envíeme el acta de la sesión (PDF, Word o foto).
minutes-file-hint = Necesito el acta como archivo adjunto (PDF, Word o foto).
})
}
minutes-gone = Esa sesión ya tiene acta registrada.
minutes-shared = Ya está disponible el acta de la sesión del Foro de { $gad } del { $when }. Se la adjunto.
minutes-none = No hay sesiones recientes que esperen su acta.
minutes-request = La sesión del Foro de { $gad } del { $when } ya terminó. Suba el acta y marque quiénes asistieron con /acta.
minutes-request-again = Hace { $days } días terminó la sesión del Foro de { $gad } del { $when } y aún falta su acta. Súbala y marque la asistencia con /acta.
reminders-state-on = Usted recibe todos los recordatorios. Puede silenciar los no esenciales (pasos detenidos, actas, resumen semanal); los recordatorios de sesiones del Foro siempre llegan a sus miembros.
reminders-state-muted = Tiene silenciados los recordatorios no esenciales. Los de sesiones del Foro siguen llegando.
reminders-choice-off = Silenciar
reminders-choice-on = Activar
reminders-choice-keep = Dejar como está
reminders-unchanged = No cambié nada.
reminders-muted = Listo, silencié los recordatorios no esenciales. Los de sesiones del Foro siguen llegando.
reminders-unmuted = Listo, volverá a recibir todos los recordatorios.
cadence-warning = El { -foro } de { $gad } no sesiona desde hace { $days } días y no tiene sesiones programadas. OGP pide reunirse al menos cada seis meses: programe una con /sesiones.
cadence-never-met = El { -foro } de { $gad } se conformó hace { $days } días y aún no ha sesionado. OGP pide reunirse al menos cada seis meses: programe una sesión con /sesiones.
stall-reminder = { $level ->
    [1] Recordatorio
    [2] Segundo recordatorio
   *[other] Aviso de paso detenido
}: la actividad «{ $activity }» de { $gad } está abierta desde hace { $days } días. Escriba /siguiente para ver qué falta.
digest =
    Resumen semanal de { $gad }
    Actividades abiertas:
    { $activities }
    Sesiones del Foro esta semana:
    { $sessions }
    Sesiones que esperan su acta:
    { $minutes }

## Action plan
cmd-plan = el { -plan } local: registrarlo, aprobarlo, seguir sus compromisos, cerrarlo y evaluarlo; /plan CÓDIGO abre un plan publicado
plan-public-how = Para ver un { -plan } publicado, escriba /plan seguido del código de su enlace (por ejemplo /plan Ab3dEf6hIj9kLm2n).
plan-token-unknown = No encontré un { -plan } publicado con ese código. Revise el enlace que recibió.
plan-public = { -plan } de { $gad }: le adjunto el documento. Para recibir sus datos abiertos (JSON y CSV), escriba /plan { $token } datos
plan-report-public = El { -plan } de { $gad } ya se cerró: le adjunto su rendición de cuentas, con el plan y sus resultados. Para recibir sus datos abiertos (JSON y CSV), escriba /plan { $token } datos
plan-open-data = Datos abiertos del plan.
plan-none = { $gad } todavía no tiene un { -plan } registrado.
plan-menu = ¿Qué quiere hacer con el plan?
plan-bye = Listo. Escriba /plan cuando quiera volver al plan.
plan-not-allowed = Eso no le corresponde en este momento o el plan ya cambió. Escriba /plan para ver en qué estado está.
plan-action-record = Registrar el { -plan }
plan-action-approve = Aprobar y publicar el plan
plan-action-progress = Informar el avance de un hito
plan-action-close = Cerrar el plan y rendir cuentas
plan-action-package = Recibir el paquete de evaluación
plan-action-evaluate = Evaluar un compromiso
plan-summary =
    { -plan } de { $gad } ({ $start } – { $end })
    Estado: { $status }
    { $commitments }
plan-period-start-ask = ¿Desde qué fecha rige el plan? Escríbala como DD/MM/AAAA (por ejemplo 01/03/2026).
plan-period-end-ask = ¿Hasta qué fecha rige el plan? (DD/MM/AAAA)
plan-date-hint = No entendí la fecha. Escríbala como DD/MM/AAAA (por ejemplo 01/03/2026) o AAAA-MM-DD.
plan-text-hint = La respuesta es demasiado corta o demasiado larga. Escríbala de nuevo, por favor.
plan-title-ask = Nuevo compromiso. ¿Cuál es su título?
plan-problem-ask = ¿Qué problema público atiende este compromiso?
plan-objective-ask = ¿Cuál es su objetivo?
plan-results-ask = ¿Qué resultados se esperan?
plan-pillars-ask = ¿A qué pilar del modelo contribuye? Elija uno, o escriba los números de varios separados por comas (por ejemplo 1, 3).
plan-pillars-hint = No entendí. Elija un pilar o escriba los números de la lista separados por comas (por ejemplo 1, 3).
plan-entity-ask = ¿Qué entidad es responsable del compromiso?
plan-responsible-ask = ¿Quién es la persona responsable? Elija a alguien que ya está en el bot o invite a una persona nueva.
plan-responsible-invite = Invitar a una persona nueva
plan-responsible-name-ask = ¿Cómo se llama la persona responsable? Al guardar el plan le daré su código de invitación.
plan-counterparts-ask = ¿Qué entidades son contraparte? Sepárelas con comas, o escriba - si no hay.
plan-commitment-added =
    Anoté el compromiso «{ $commitment }»
    Ahora agregue sus hitos: cada compromiso necesita al menos uno.
plan-deliverable-ask = Nuevo hito. ¿Cuál es su entregable verificable?
plan-milestone-start-ask = ¿Cuándo empieza el hito? Debe estar dentro del periodo del plan ({ $start } – { $end }). Escriba la fecha como DD/MM/AAAA.
plan-milestone-due-ask = ¿Cuál es su fecha de entrega? (DD/MM/AAAA)
plan-milestone-added = Anoté el hito «{ $deliverable }», con entrega el { $due }.
plan-more-ask = ¿Qué sigue?
plan-more-milestone = Agregar un hito a «{ $commitment }»
plan-more-commitment = Agregar otro compromiso
plan-more-review = Revisar y guardar el plan
plan-refused = No puedo guardar el plan todavía:
    { $reasons }
plan-refused-period = La fecha de fin del plan debe ser posterior a la de inicio. Escriba de nuevo la fecha de fin (DD/MM/AAAA).
plan-refused-no-commitments = El plan necesita al menos un compromiso.
plan-refused-no-milestones = El compromiso «{ $commitment }» no tiene hitos: cada compromiso necesita al menos un hito con su entregable y su fecha de entrega. Agregue uno.
plan-refused-no-due-date = El hito «{ $deliverable }» necesita una fecha de entrega. Escriba la fecha como DD/MM/AAAA.
plan-refused-due-before-start = La fecha de entrega del hito «{ $deliverable }» no puede ser anterior a su inicio. Escriba otra fecha de entrega (DD/MM/AAAA).
plan-refused-outside-period = La fecha de entrega del hito «{ $deliverable }» queda fuera del periodo del plan ({ $start } – { $end }). Escriba una fecha dentro del periodo.
plan-refused-start-outside = El inicio del hito queda fuera del periodo del plan ({ $start } – { $end }). Escriba una fecha dentro del periodo.
plan-draft-summary =
    Revise el plan ({ $start } – { $end }):
    { $commitments }
plan-invite-responsible = Para { $name }, responsable de «{ $commitment }», reenvíe este código:
plan-published = Registré su aprobación y publiqué el { -plan } de { $gad }. Cualquier persona puede obtenerlo escribiendo al bot: { $link }
plan-published-notify = Se aprobó y publicó el { -plan } de { $gad }. Le adjunto el documento. Enlace público: { $link }
plan-activity-13-notify = La { -presidencia } aprobó el { -plan } de { $gad }: la cocreación que acompaña la actividad 13 ya tiene su resultado. Puede confirmar la actividad 13 con /confirmar.
plan-responsible-notify =
    Usted es responsable del compromiso «{ $commitment }» del { -plan } de { $gad }. Sus hitos:
    { $milestones }
    Le recordaré cada fecha; informe el avance con /plan.
plan-progress-milestone-ask = ¿Sobre qué hito informa?
plan-progress-completion-ask = ¿Cuál es su nivel de cumplimiento?
plan-progress-text-ask = Describa el avance en pocas palabras.
plan-progress-delay-ask = Este hito ya pasó su fecha de entrega. ¿Cuál es el motivo del retraso?
plan-evidence-ask = Envíe los archivos de evidencia (documentos o fotos), uno o varios. Cuando termine, elija «Listo».
plan-evidence-done = Listo
plan-evidence-received = Recibí «{ $name }» ({ $size }, huella { $hash }); lleva { $count ->
        [1] 1 archivo
       *[other] { $count } archivos
    }. Envíe otro o elija «Listo» para terminar.
plan-progress-saved = Guardé el avance de «{ $deliverable }»: { $level }, con { $count ->
        [0] ningún archivo de evidencia
        [1] 1 archivo de evidencia
       *[other] { $count } archivos de evidencia
    }.
plan-progress-notify = { $who } informó el avance de «{ $deliverable }» ({ $gad }): { $level }. { $text }
plan-close-blocked = Todavía no se puede cerrar el plan:
    { $missing }
plan-report-notify = Se cerró el { -plan } de { $gad }. Le adjunto su rendición de cuentas.
plan-package-notify = Paquete de evaluación del { -plan } de { $gad }: rendición de cuentas, datos abiertos y todos los documentos, con sus huellas SHA-256 en manifest.json. Registre su evaluación con /plan.
plan-package-sent = Estoy preparando el paquete completo para el { -monitor }; lo recibirá en unos minutos.
plan-package-preparing = Estoy preparando el paquete de evaluación del { -plan } de { $gad }; se lo envío en unos minutos.
plan-package-failed = No pude preparar el paquete de evaluación del { -plan } de { $gad }. El equipo técnico ya tiene el detalle; inténtelo de nuevo más tarde con /plan.
plan-no-monitor = El { -gad } todavía no tiene { -monitor }: el { -poc } puede designarlo con /designar, y ese ente recibirá el paquete con /plan.
plan-evaluate-commitment-ask = ¿Qué compromiso evalúa?
plan-evaluate-verifiable-ask = ¿Es verificable?
plan-evaluate-relevant-ask = ¿Es relevante para los valores de gobierno abierto?
plan-evaluate-impact-ask = ¿Cuál es su impacto potencial?
plan-evaluate-result-ask = ¿Abrió el gobierno?
plan-evaluate-notes-ask = Agregue sus observaciones (o escriba -).
plan-yes = Sí
plan-no = No
plan-evaluated = Guardé su evaluación de «{ $commitment }»: { $result }.
plan-evaluated-notify = El { -monitor } evaluó «{ $commitment }» ({ $gad }): ¿abrió el gobierno? { $result }; impacto potencial: { $impact }. Véalo con /plan.
milestone-due-reminder = Recordatorio: el hito «{ $deliverable }» del compromiso «{ $commitment }» ({ $gad }) vence el { $due } ({ $days ->
        [0] hoy
        [1] mañana
       *[other] en { $days } días
    }). Informe el avance con /plan.
milestone-overdue-reminder = El hito «{ $deliverable }» del compromiso «{ $commitment }» ({ $gad }) venció el { $due } ({ $days ->
        [1] hace 1 día
       *[other] hace { $days } días
    }) y no está completo. Informe el avance y el motivo del retraso con /plan.
plan-digest =
    Resumen mensual del { -plan } de { $gad }
    { $commitments }

## Action plan PDF

pdf-plan = { -plan } de Gobierno Local
pdf-report = Rendición de cuentas del { -plan }
pdf-period = Periodo
pdf-status = Estado
pdf-problem = Problema público
pdf-objective = Objetivo
pdf-results = Resultados esperados
pdf-pillars = Pilares
pdf-responsible = Responsable
pdf-counterparts = Contrapartes
pdf-milestones = Hitos
pdf-evidence = Evidencia
pdf-evaluation = Evaluación independiente
pdf-verifiable = verificable
pdf-relevant = relevante
pdf-impact = impacto potencial
pdf-result = ¿abrió el gobierno?
pdf-sessions = Sesiones del { -foro }
pdf-attended = asistentes
pdf-minutes = acta
pdf-yes = sí
pdf-no = no
pdf-session-status = { $status ->
    [held] con acta
   *[other] sin acta registrada
}
pdf-data = Datos abiertos: JSON y CSV con el mismo contenido

## Stalled steps, for national roles

stall-digest =
    Pasos detenidos en gobiernos locales ({ $count }):
    { $lines }
    Escriba /panorama para ver el conjunto.
stall-digest-line = • «{ $activity }» de { $gad }: abierta desde hace { $days } días (nivel { $level })

## Reading answers, the way back, several open questions

command-did-you-mean = No conozco el comando { $command }. ¿Quiso decir /{ $suggestion }?
choice-ambiguous = Esa respuesta coincide con varias opciones. Elija una (puede escribir su número):
choice-back = Atrás
choice-edit = Editar un dato
form-edit-ask = ¿Qué dato quiere cambiar?
form-field = { $field ->
    [level] Nivel de gobierno
    [name] Nombre
    [province] Provincia
    [canton] Cantón
    [authority] Autoridad
    [position] Cargo
    [contact] Contacto
    [motivation] Motivación
    [kind] Frecuencia
    [date] Fecha
    [time] Hora
    [where] Lugar
    [agenda] Agenda
    [period] Periodo del plan
    [periodStart] Inicio del periodo
    [periodEnd] Fin del periodo
    [title] Título
    [problem] Problema público
    [objective] Objetivo
    [expectedResults] Resultados esperados
    [pillars] Pilares
    [responsibleEntity] Entidad responsable
    [responsible] Persona responsable
    [responsibleName] Nombre de la persona responsable
    [counterparts] Contrapartes
    [deliverable] Entregable
    [startDate] Fecha de inicio
    [dueDate] Fecha de entrega
    [duration] Duración
    [topic] Tema
    [description] Descripción
    [reason] Motivos
   *[other] { $field }
}
answer-noted = Anotado: { $value }.
conversation-resumed = Sigamos con /{ $command } donde lo dejó:
draft-saved = Guardé sus respuestas de /{ $command } como borrador durante { $days } días. Cuando quiera continuar, escriba /{ $command }.
draft-resumed = Retomamos el borrador de /{ $command } que dejó el { $date }. Si prefiere empezar de nuevo, escriba /cancelar.
which-question = Tiene más de una pregunta abierta. ¿A cuál corresponde su respuesta «{ $answer }»?
which-choice = «{ $choice }» en: { $question }
which-text = Como respuesta a: { $question }
which-retry = Elegir una opción en: { $question }
plan-edit-ask = ¿Qué parte del plan quiere cambiar?
plan-edit-commitment = Compromiso { $number }: { $title }
plan-edit-milestone = Hito { $number }: { $deliverable }
review-open = Revisar
interest-notify-review =
    Nuevo interés en el modelo de Estado abierto: { $gad } (gremio: { $gremio }).
    { $summary }
    Revíselo aquí:
interest-info-request =
    El { -poc } necesita más información sobre { $gad }. Su pregunta:
    «{ $question }»
    Respóndame aquí con un mensaje o con un archivo.
interest-answer-file = archivo «{ $name }» ({ $size }, huella { $hash })
interest-answer-file-poc = Este es el archivo que enviaron como respuesta sobre { $gad }.
milestone-notice = { $milestone ->
    [pocl_joined] Avance del proceso en { $gad }: { $who } se unió como Punto de contacto local (POCL).
    [foro_constituted] Avance del proceso en { $gad }: el Foro Multiactor quedó conformado (actividad 9).
    [plan_approved] Avance del proceso en { $gad }: el Foro Multiactor aprobó el Plan de Acción local, que ya está publicado.
    [plan_closed] Avance del proceso en { $gad }: el Plan de Acción local se cerró con su rendición de cuentas.
   *[evaluation_received] Avance del proceso en { $gad }: el ente de monitoreo independiente entregó su evaluación del Plan de Acción.
}
plan-open = Ver el plan
plan-progress-open = Informar avance
sessions-schedule-open = Programar una sesión

## Web portal and national desk

cmd-web = abrir el panel nacional en el navegador (enlace de un solo uso)
web-login-link =
    Abra este enlace en su navegador en los próximos { $minutes } minutos para entrar al panel nacional:
    { $link }
    Sirve una sola vez y solo para usted; no lo reenvíe. Si vence, escriba /web de nuevo.
web-login-disabled = El portal web no está activado en este servidor (WEB_PORT=0). Consulte con quien administra el bot.

web-site-name = Estado abierto en los gobiernos locales
web-skip = Saltar al contenido
web-lang-switch = English
web-nav-label = Secciones
web-nav-home = Inicio
web-nav-data = Datos abiertos
web-nav-desk = Panel nacional
web-footer = Registro público del modelo de gobernanza de Estado abierto (Guía breve, Anexo 4). Solo se publica lo aprobado o publicado por cada gobierno local; nunca datos de contacto personales.
web-home-title = Gobiernos locales hacia el Estado abierto
web-home-intro = { $total } gobiernos locales siguen las 15 actividades de la Guía. Busque el suyo para ver su avance, su Foro Multiactor, sus sesiones y su plan de acción.
web-search-title = Buscar un gobierno local
web-search-label = Nombre, cantón o provincia
web-search-province = Provincia
web-search-level = Nivel
web-search-any = Todos
web-search-submit = Buscar
web-search-results = Resultados: { $total }
web-search-none = Ningún gobierno local en el proceso coincide con su búsqueda.
web-search-page = Página { $page } de { $pages }
web-pages-label = Páginas
web-prev = Anterior
web-next = Siguiente
web-provinces = Por provincia
web-home-by-level = Por nivel y etapa
web-col-level = Nivel
web-col-total = Total
web-stage-early = Actividades 1-8
web-stage-foro = Foro conformado (9-12)
web-stage-plan = Plan de acción (13-15)
web-stage-value = etapa { $stage } de 15
web-home-chart-title = Avance en las 15 actividades
web-home-chart-label = Gráfico de barras: cuántos gobiernos locales cumplieron cada una de las 15 actividades.
web-home-chart-series = Gobiernos locales que la cumplieron
web-chart-data = Ver los datos del gráfico
web-col-activity = Actividad
web-col-count = Gobiernos locales
web-home-recent = Avances recientes
web-home-recent-none = Aún no hay actividades cumplidas.
web-col-name = Nombre
web-col-province = Provincia
web-col-stage = Etapa
web-gad-summary = Gobierno { $level } · { $province } · { $done } de 15 actividades cumplidas
web-gad-activities = Las 15 actividades
web-col-responsible = Responsable
web-col-status = Estado
web-col-date = Fecha
web-standing-done = Cumplida
web-standing-open = En curso
web-standing-blocked = Aún no es posible
web-since = desde el { $date }
web-gad-foro = Foro Multiactor
web-gad-foro-none = El Foro Multiactor aún no tiene miembros registrados.
web-col-entity = Entidad
web-col-sector = Sector
web-col-seat = Puesto
web-col-office = Cargo
web-gad-sessions = Sesiones del Foro
web-gad-calendar = Suscribirse al calendario de sesiones (.ics)
web-gad-next = Próximas sesiones
web-gad-past = Sesiones anteriores
web-gad-sessions-none = No hay sesiones registradas.
web-col-place = Lugar
web-session-agenda = Agenda
web-session-scheduled = programada
web-session-held = realizada, con acta
web-session-cancelled = cancelada
web-acta-download = Descargar el acta de la sesión del { $date }
web-gad-plans = Plan de acción local
web-gad-plans-none = Aún no hay un plan de acción publicado.
web-plan-period = Plan { $start } – { $end }
web-plan-published = publicado el { $date }
web-plan-files = Descargar el plan:
web-plan-report = Rendición de cuentas:
web-commitment-problem = Problema
web-commitment-objective = Objetivo
web-commitment-results = Resultados esperados
web-commitment-pillars = Pilares del modelo
web-commitment-responsible = Entidad responsable
web-commitment-counterparts = Contrapartes
web-milestones = Hitos y avances
web-col-deliverable = Hito (entregable)
web-col-start = Inicio
web-col-due = Fin
web-col-completion = Avance
web-col-evidence = Evidencia
web-evidence-file = evidencia { $n }
web-evaluation = Evaluación independiente
web-evaluation-line = verificable: { $verifiable }; relevante: { $relevant }; impacto potencial: { $impact }; resultado: { $result }
web-yes = sí
web-no = no
web-data-title = Datos abiertos
web-data-intro = Los mismos datos de estas páginas, en formatos abiertos: tablas CSV descritas por un Data Package de Frictionless (carguelo en CKAN u otro portal con datapackage.json), gads.json y los esquemas JSON de los archivos que se publican. Se actualizan cada minuto.
web-data-license = Licencia: Creative Commons Atribución 4.0 (CC BY 4.0).
web-desk-title = Panel nacional
web-login-intro = Está por entrar al panel nacional. El enlace sirve una sola vez y solo para la persona que lo pidió.
web-login-submit = Entrar al panel
web-login-invalid = Este enlace ya no es válido: se usó, venció o no existe. Escriba /web al bot para recibir uno nuevo.
web-login-needed = Para ver el panel nacional, escriba /web al bot desde su cuenta de Punto de contacto, Grupo Núcleo o gremio, y abra el enlace que recibe.
web-desk-signed-in = Sesión de { $name }
web-desk-scope = su nivel: { $gremios }
web-logout = Cerrar sesión
web-desk-charts = Resumen
web-desk-chart-stages = Gobiernos locales aceptados por nivel y etapa
web-desk-chart-stalled = Actividades demoradas, por número de actividad
web-desk-gads = Gobiernos locales
web-desk-gads-count = { $total } en la lista; { $stalled } con una actividad demorada
web-desk-stalled = demorada
web-desk-only-stalled = Ver solo los demorados
web-desk-show-all = Ver todos
web-desk-export = Descargar CSV
web-col-open = Actividades abiertas
web-col-since = Abierta desde
web-desk-outbox = Envíos
web-desk-channels = Canales
web-desk-outbox-empty = Nada pendiente.
web-col-channel = Canal
web-col-pending = Pendientes
web-col-retrying = En reintento
web-col-unreachable = Sin alcance
web-col-oldest = El más antiguo
web-desk-failed = Envíos fallidos recientes
web-desk-failed-none = Ningún envío fallido.
web-col-when = Fecha y hora
web-col-recipient = Destinatario
web-col-attempts = Intentos
web-col-error = Último error
web-desk-back = Volver al panel
web-desk-public-page = Ver la página pública
web-col-done-by = Confirmada por
web-desk-people = Personas con roles
web-col-role = Rol
web-col-detail = Detalle
web-desk-plan = Plan de acción
web-desk-plan-none = Sin plan registrado.
web-desk-documents = Documentos
web-col-file = Archivo
web-col-product = Producto
web-col-uploader = Subido por
web-scroll-table = Tabla (deslice para ver todas las columnas)
web-not-found-title = Página no encontrada
web-not-found = La página que busca no existe o no es pública.
web-error-title = No pudimos atender su solicitud
web-error = Ocurrió un problema. Inténtelo de nuevo en unos minutos.
web-rate-limited = Ha hecho muchas solicitudes seguidas. Espere un minuto e inténtelo de nuevo.
## The record: guards, confirmations, corrections (formal register)

missing-session-acta = el acta de una sesión real del Foro («{ $product }»): súbala con /acta
missing-actor-map = una entidad de { $sector } en el mapa de actores (/foro)
missing-approach = invitar al Foro a una entidad de { $sector } (/foro, «Invitar al principal o suplente de una entidad»)
missing-plan = { $need ->
    [recorded] un { -plan } registrado por el Foro (/plan)
    [published] el { -plan } aprobado y publicado (/plan)
    [closed] cerrar el { -plan } y rendir cuentas (/plan)
    [report] la rendición de cuentas generada al cerrar el plan
   *[evaluated] la evaluación del { -monitor } ({ $pending } compromisos sin evaluar)
}
choice-yes = { $action ->
    [confirm] Sí, confirmar
    [close] Sí, cerrar
    [approve] Sí, aprobar y publicar
    [reopen] Sí, reabrir
    [replace] Sí, reemplazar
    [revoke] Sí, revocar
    [discard] Sí, descartar
   *[record] Sí, registrar
}
choice-no = No
confirm-ask =
    Va a registrar como cumplida la actividad { $activity } de { $gad }. Quedará en el registro oficial con su nombre y la fecha de hoy.
    Se avisará a: { $told }
    Se abrirán después: { $opened }
    ¿Lo registro?
confirm-not-recorded = De acuerdo, no registré nada.
gad-interest-confirmed-notify = La Autoridad de { $gad }, priorizado por el Punto de contacto, confirmó su interés en implementar el modelo de Estado abierto.
duty-refused = No es posible: { $rule }.
duty-rule = { $rule ->
    [one_seat] una persona ocupa un solo puesto (principal o suplente) en el Foro Multiactor de su gobierno local (Anexo 1, numeral 3)
    [one_office] una persona ejerce un solo cargo del Foro: Presidencia, Co-Presidencia o Secretaría Técnica (Anexo 1, numeral 4)
    [officer_is_authority] la Autoridad del gobierno local no puede ejercer la Presidencia, la Co-Presidencia ni la Secretaría Técnica de su propio Foro
    [officer_is_pocl] el { -pocl } no puede ejercer la Presidencia, la Co-Presidencia ni la Secretaría Técnica de su propio Foro
    [self_designation] la Autoridad designa al POCL y a los Delegados, y no puede ser ella misma POCL ni Delegado de su gobierno local (Guía, actividad 2)
    [seat_taken] ese puesto ya tiene titular; para cambiarlo, use «Reemplazar» en /foro
   *[recorder_approves] quien registró el { -plan } no puede aprobarlo: lo aprueba la Presidencia del Foro, o la Co-Presidencia si la Presidencia lo registró
}
plan-approve-ask =
    Va a aprobar el { -plan } de { $gad } ({ $commitments } compromisos, { $milestones } hitos) y publicarlo: cualquier persona con su enlace podrá obtenerlo, y se enviará a: { $told }
    Esto no se puede deshacer. ¿Aprueba y publica el plan?
plan-close-ask =
    Va a cerrar el { -plan } de { $gad }. Esto no se puede deshacer.
    { $count ->
        [0] Todos los hitos están informados como completos.
       *[other] ⚠️ { $count } hitos no están informados como completos:
    }
    { $unfinished }
    Se generará la rendición de cuentas (PDF, JSON y CSV) y se enviará a: { $told }
    Ente de monitoreo independiente que recibirá el paquete de evaluación: { $monitor }
    ¿Cierra el plan?
plan-nothing-changed = De acuerdo, el plan queda como estaba.
plan-closed-record = Cerré el { -plan } de { $gad }. Le adjunto la rendición de cuentas y sus datos abiertos; la envié al Foro y al POC. La actividad 15 podrá confirmarse cuando el { -monitor } haya evaluado cada compromiso.
plan-approval-request = { $who } registró el { -plan } de { $gad }. Como { $office } del Foro, le corresponde revisarlo y aprobarlo con /plan.
plan-saved-for-approval = Guardé el { -plan } de { $gad } como borrador y pedí a la { $office } del Foro que lo apruebe.
plan-saved-no-approver = Guardé el { -plan } de { $gad } como borrador. Lo debe aprobar la { $office } del Foro, que todavía no está registrada: regístrela con /foro.
plan-evaluation-complete-notify = El { -monitor } evaluó todos los compromisos del { -plan } de { $gad }. Ya se puede confirmar la actividad 15 con /siguiente.
cmd-reopen = reabrir una actividad cumplida, con su motivo (corrección del registro)
reopen-ask-activity = ¿Qué actividad cumplida quiere reabrir?
reopen-ask-reason = ¿Por qué se reabre? El motivo queda en el registro y se comunicará a quienes supieron de su cumplimiento.
reopen-reason-hint = Escriba el motivo en un mensaje (entre 10 y 1000 caracteres).
reopen-ask =
    Va a reabrir la actividad { $activity } de { $gad }.
    Motivo: «{ $reason }»
    La actividad volverá a estar abierta y quedarán señaladas las actividades cumplidas que dependen de ella:
    { $flagged }
    Se avisará a quienes supieron de su cumplimiento: { $told }
    El registro conserva el cumplimiento y la reapertura; no se borra nada. ¿Reabre la actividad?
reopen-not-done = Esa actividad ya no está cumplida; no cambié nada.
reopen-done = Reabrí la actividad { $activity } de { $gad } y avisé a { $told } personas. Actividades señaladas: { $flagged }
activity-reopened-notify =
    { $gad }: { $who } reabrió la actividad { $activity }, que se había registrado como cumplida.
    Motivo: «{ $reason }»
    Actividades cumplidas que dependen de ella y quedan señaladas: { $flagged }
status-event = { $kind ->
    [reopened] reabierta el { $date } por { $who }: «{ $reason }»
   *[done] cumplida el { $date } por { $who }
}
status-history = historial: { $events }
status-flagged = ⚠️ depende de la actividad { $activity }, que fue reabierta
invite-label = { $roleId ->
        [foro] miembro del { -foro }
       *[other] { $role }
    }{ $gad ->
        [none] {""}
       *[other] {" "}de { $gad }
    }{ $gremio ->
        [none] {""}
       *[other] {" "}({ $gremio })
    }{ $seat ->
        [none] {""}
       *[other] {" "}— { $seat } de { $entity }
    }{ $office ->
        [none] {""}
       *[other] , { $office }
    }{ $commitment ->
        [none] {""}
       *[other] {" "}— compromiso «{ $commitment }»
    }{ $name ->
        [none] {""}
       *[other] {" "}— para { $name }
    }
invite-revoked = Ese código de invitación fue revocado por quien lo emitió. Pida uno nuevo, si corresponde.
invite-refused-duty =
    No puedo aceptar esta invitación ({ $label }): { $rule }.
    El código sigue sin usar; hable con quien se lo envió.
membership-replaced-notify = Su puesto como { $label } pasó a { $who }, por decisión de quien registra el Foro. Gracias por su participación.
membership-replaced-inviter = Listo: { $who } reemplazó a quien era { $label }; le avisé.
cmd-profile = su nombre completo, cargo e institución, tal como aparecen en documentos y avisos
profile-ask-name = Para el registro oficial: ¿cuál es su nombre completo? (así aparecerá en documentos, datos abiertos y avisos)
profile-name-hint = Escriba su nombre completo (entre 2 y 120 caracteres).
profile-ask-position = ¿Cuál es su cargo?
profile-ask-institution = ¿En qué institución u organización trabaja?
profile-text-hint = La respuesta debe tener entre 2 y 160 caracteres. Escríbala de nuevo, por favor.
profile-saved = Gracias. En el registro figurará como { $name }, { $position } ({ $institution }). Puede cambiarlo con /perfil.
invite-ask-name = ¿Para quién es la invitación? Escriba el nombre completo de la persona.
invite-name-hint = Escriba el nombre de la persona (entre 2 y 120 caracteres).
invite-code =
    Código de invitación para { $label }: { $code }
    Reenvíelo a esa persona: debe enviarme ese código. Sirve una sola vez y vence en { $days } días.
invite-code-link =
    Código de invitación para { $label }: { $code }
    Reenvíelo a esa persona: debe enviarme ese código, o abrir { $link } en Telegram. Sirve una sola vez y vence en { $days } días.
invite-welcome =
    Le damos la bienvenida. Ahora participa como { $label }.
    { $ask ->
        [yes] Para el registro oficial: ¿cuál es su nombre completo? Así aparecerá en documentos, datos abiertos y avisos.
       *[no] Escriba /ayuda para ver lo que puede hacer.
    }
foro-seat-replace-ask = El puesto de { $seat } de { $entity } lo ocupa { $holder }. ¿Quiere reemplazar a { $holder }? Su puesto terminará cuando la nueva persona canjee su invitación, y se avisará a ambos.
foro-office-replace-ask = La { $office } del Foro la ejerce { $holder }. ¿Reemplazar a { $holder } por { $member }? Se avisará a ambos.
foro-seat-pending = Ya hay una invitación pendiente para el puesto de { $seat } de { $entity }. Puede reenviarla o revocarla con /invitaciones.
foro-unchanged = De acuerdo, no cambié nada del Foro.
foro-office-replaced-notify = { $who } pasó a ejercer la { $office } del Foro de { $gad }, que usted ejercía. Gracias por su servicio.
cmd-revoke = revocar un rol de un gobierno local, con su motivo
revoke-ask-who = ¿A quién le revoca el rol?
revoke-ask-reason = ¿Por qué se revoca? El motivo queda en el registro y se le comunica a la persona.
revoke-reason-hint = Escriba el motivo (entre 5 y 1000 caracteres).
revoke-ask =
    Va a revocar el rol de { $who } en { $gad }.
    Motivo: «{ $reason }»
    Dejará de recibir avisos y de actuar en ese rol; se le avisará. El registro conserva el rol y su revocación. ¿Revoca el rol?
revoke-done = Revoqué el rol de { $who } en { $gad } y se lo comuniqué.
membership-revoked-notify =
    { $who } revocó su rol en { $gad }. Si cree que es un error, comuníquese con el { -poc }. Motivo:
    «{ $reason }»
cmd-invitations = ver, reenviar o revocar las invitaciones pendientes
invitations-none = No hay invitaciones pendientes que usted gestione.
invitations-ask = Invitaciones pendientes (para quién · vencimiento). ¿Cuál quiere gestionar?
invitations-expires = vence el { $date }
invitations-ask-action = ¿Qué quiere hacer con esa invitación?
invitations-resend = Reenviar (un código nuevo; el anterior deja de servir)
invitations-revoke = Revocar
invitations-revoke-ask = Va a revocar la invitación para { $label }: su código dejará de servir. ¿La revoca?
invitations-revoked = Revoqué la invitación para { $label }. Su código ya no sirve.
invitations-resent = El código anterior dejó de servir. Este es el nuevo:
minutes-filed-mark = acta registrada
minutes-ask-action = Esa sesión ya tiene su acta registrada. ¿Qué quiere hacer?
minutes-action-upload = Subir una nueva versión del acta
minutes-action-attendance = Corregir la asistencia
minutes-attendance-ask = ¿Quiénes asistieron a la sesión del { $when }? Toque un nombre para marcarlo o desmarcarlo, o escriba los números de quienes asistieron (por ejemplo 1,3,4). Cuando la lista esté bien, toque «Listo».
minutes-attendance-hint = No entendí. Toque un nombre para marcarlo o desmarcarlo, o escriba los números de la lista separados por comas (por ejemplo 1,3,4).
minutes-attendance-done = Listo ({ $count } de { $total })
minutes-confirm-ask =
    Revise la asistencia a la sesión del { $when }:
    ✅ Asistieron ({ $count } de { $total }): { $attended }
    ❌ No asistieron: { $absent }
    Acta: { $acta }
    ¿Es correcto?
minutes-fix = Corregir la lista
minutes-filed = Listo: registré el acta de la sesión del { $when } y la asistencia ({ $attended } de { $members }). { $activity ->
        [0] Se guardó como acta de sesión.
       *[other] Cuenta como «{ $product }» de la actividad { $activity } (versión { $version }).
    } Envié el acta a los miembros del Foro.
minutes-updated = Listo: actualicé la sesión del { $when } (asistencia: { $attended } de { $members }). { $version ->
        [0] El acta no cambió.
       *[other] Guardé la nueva versión { $version } del acta y la envié a los miembros del Foro.
    } El cambio queda en el registro.
gad-existing-ask = Ya hay gobiernos locales de ese nivel registrados en ese lugar. ¿Es alguno de estos?
gad-existing-none = No, es otro
interest-repeat-named =
    { $who } volvió a expresar interés por { $gad }, que ya está registrado ({ $status }).
    Autoridad indicada: { $authority }, { $position } · Contacto: { $contact }
    Motivación: «{ $motivation }»
panorama-phases = • { $level }: { $total } en total — { $pending } por revisar, { $declined } no aceptados, { $early } en actividades 1-8, { $foro } con Foro conformado, { $plan } en plan de acción, { $completed } con las 15 actividades cumplidas
cancel-ask = Tiene respuestas sin guardar en /{ $command }. Si cancela, se descartan. ¿Las descarta?
cancel-kept = De acuerdo, sigamos donde íbamos. Responda la última pregunta:

## The Foro's decisions (quorum, votes), session duration, pre-reads, past actas; trainings (activities 4 and 12)
cmd-decisions = registrar una decisión del Foro con quórum y votación
decisions-none = Aún no hay sesiones con acta y asistencia registradas en los últimos 30 días. Registre primero el acta y la asistencia con /acta; el quórum se calcula con esa asistencia.
decisions-ask-session = ¿En qué sesión se tomó la decisión?
decisions-ask-subject = ¿Sobre qué fue la decisión?
decisions-subject = { $subject ->
    [plan] Aprobar el { -plan }
    [normativa] Aprobar la normativa del { -foro }
   *[other] Otro asunto
}
decisions-no-draft = No hay un { -plan } en borrador que aprobar. Regístrelo primero con /plan.
decisions-ask-motion = Escriba la moción votada, en una o dos frases.
decisions-motion-hint = Escriba la moción en texto (entre 2 y 1000 caracteres).
decisions-ask-votes = Escriba los votos como tres números: a favor, en contra y abstenciones (por ejemplo 3 0 1). Cada entidad presente vota una vez; hubo { $present } presentes.
decisions-votes-hint = No entendí los votos. Escriba tres números: a favor, en contra y abstenciones (por ejemplo 3 0 1); hubo { $present } entidades presentes.
decisions-votes-too-many = Hay más votos que entidades presentes ({ $present }). Revise los números: cada entidad vota una vez, con su principal o su suplente.
decisions-ask-endorsements =
    OGP pide que los miembros no gubernamentales respalden el plan. ¿Qué entidades presentes lo respaldan? Escriba sus números o nombres separados por comas (por ejemplo 1,2), o 0 si ninguna:
    { $entities }
decisions-endorsements-hint = Escriba los números (entre 1 y { $count }) o los nombres de la lista separados por comas, o 0 si ninguna entidad respalda el plan.
decisions-confirm =
    Revise la decisión de la sesión del { $when }:
    📌 { $subject ->
        [plan] Aprobar el { -plan }
        [normativa] Aprobar la normativa del { -foro }
       *[other] { $motion }
    }
    🗳️ A favor { $for } · En contra { $against } · Abstenciones { $abstain }
    👥 Presentes: { $present } de { $seats } entidades (quórum: { $required }). { $quorum ->
        [yes] Hay quórum.
       *[no] No hay quórum: la decisión se registra, pero no aprueba nada.
    }
    🤝 Respaldo no gubernamental: { $endorsements }
decisions-gone = Esa sesión ya no admite decisiones (no tiene acta registrada o usted ya no la organiza). No registré nada.
decisions-recorded = Listo: registré la decisión de la sesión del { $when } (a favor { $for }, en contra { $against }, abstenciones { $abstain }; presentes { $present } de { $seats } entidades). { $counts ->
        [yes] { $subject ->
            [plan] El { -plan } queda aprobado por el { -foro }: la Presidencia ya puede aprobarlo y publicarlo con /plan.
            [normativa] La normativa queda aprobada por el { -foro }: la Autoridad puede confirmar la actividad 11.
           *[other] La moción queda aprobada.
        }
        [rejected] La moción no fue aprobada.
       *[no_quorum] Sin quórum (se requieren { $required } entidades), la decisión no aprueba nada.
    }
decisions-notify = El { -foro } de { $gad } registró una decisión de la sesión del { $when }: { $subject ->
        [plan] aprobar el { -plan }
        [normativa] aprobar la normativa del { -foro }
       *[other] otro asunto
    } — { $outcome ->
        [approved] aprobada
        [no_quorum] sin efecto por falta de quórum
       *[rejected] no aprobada
    } (a favor { $for }, en contra { $against }, abstenciones { $abstain }; presentes { $present } de { $seats } entidades).
plan-decision-missing = El { -plan } aún no puede aprobarse: falta la decisión de una sesión del { -foro } con quórum que lo apruebe. La Secretaría Técnica la registra con /decisiones, después de subir el acta con /acta.
plan-decision-no-quorum = El { -plan } aún no puede aprobarse: la decisión de la sesión del { $when } se tomó sin quórum ({ $present } de { $seats } entidades presentes; se requieren { $required }). Hace falta la decisión de una sesión con quórum (/decisiones).
plan-decision-rejected = El { -plan } aún no puede aprobarse: en la sesión del { $when } el { -foro } no lo aprobó (a favor { $for }, en contra { $against }). Hace falta una decisión que lo apruebe (/decisiones).
missing-training = una capacitación realizada, con su lista de asistencia y sus materiales: prográmela y registre la asistencia con /capacitaciones
missing-decision = { $subject ->
    [normativa] la decisión del { -foro } que aprueba la normativa, en una sesión con quórum (/decisiones)
    [plan] la decisión del { -foro } que aprueba el { -plan }, en una sesión con quórum (/decisiones)
   *[other] una decisión del { -foro } en una sesión con quórum (/decisiones)
}
sessions-action-more = { $action ->
    [preread] Adjuntar un documento previo a una sesión
   *[actas] Ver el acta de una sesión pasada
}
sessions-ask-past = ¿El acta de qué sesión?
sessions-ask-duration = ¿Cuánto durará? Elija una opción o escriba la duración (por ejemplo 45 min o 2 h).
sessions-duration = { $minutes ->
    [60] 1 hora
    [90] 1 hora y media
    [120] 2 horas
    [180] 3 horas
   *[other] { $minutes } minutos
}
sessions-duration-hint = No entendí la duración. Elija una opción o escríbala en minutos u horas (por ejemplo 45 min, 1:30 o 2 h), entre 15 minutos y 10 horas.
sessions-confirm-new-length =
    { $summary }
    ⏱️ Duración: { $minutes } minutos
sessions-ask-preread = Envíe el documento que los miembros deben leer antes de la sesión (PDF, Word, imagen…).
sessions-preread-hint = Envíe el documento como archivo adjunto.
sessions-confirm-preread = ¿Adjunto «{ $document }» como documento previo de la sesión del { $when }? Se enviará a quienes ya están convocados y con cada nueva convocatoria.
sessions-preread-notify = Documento previo para la sesión del { -foro } de { $gad } del { $when }: «{ $document }» (le pedimos leerlo antes de la sesión).
sessions-preread-attached = Listo: adjunté «{ $document }» a la sesión del { $when } y lo envié a { $told } persona(s) convocada(s).
sessions-acta-decision = { $subject ->
        [plan] Aprobar el { -plan }
        [normativa] Aprobar la normativa
       *[other] { $motion }
    }: { $outcome ->
        [approved] aprobada
        [no_quorum] sin efecto por falta de quórum
       *[rejected] no aprobada
    } (a favor { $for }, en contra { $against }, abstenciones { $abstain }; { $present } de { $seats } entidades{ $quorum ->
        [yes] , con quórum
       *[no] , sin quórum
    })
sessions-acta-again =
    Acta de la sesión del { -foro } de { $gad } del { $when }.
    Decisiones:
    { $decisions }
sessions-acta-missing =
    La sesión del { $when } no tiene un acta archivada.
    Decisiones:
    { $decisions }
cmd-trainings = programar una sensibilización o capacitación y registrar la asistencia
cmd-training = indicar si asistirá a una capacitación
trainings-ask-action = ¿Qué quiere hacer?
trainings-action = { $action ->
    [new] Programar una capacitación
   *[attendance] Registrar la asistencia a una capacitación
}
trainings-ask-activity = ¿Para qué actividad es la capacitación?
trainings-ask-topic = ¿Cuál es el tema de la capacitación?
trainings-topic-hint = Escriba el tema en texto (entre 2 y 300 caracteres).
trainings-ask-where = ¿Dónde será? Escriba el lugar, el enlace de la videollamada, o ambos.
trainings-ask-materials = Envíe los materiales de la capacitación (presentación, guía…) como archivo, o elija «Más tarde» si aún no los tiene.
trainings-materials-later = Más tarde
trainings-materials-hint = Envíe los materiales como archivo adjunto, o elija «Más tarde».
trainings-ask-training = ¿De qué capacitación registra la asistencia?
trainings-ask-materials-now = Esta capacitación aún no tiene materiales. Envíelos como archivo: junto con la lista de asistencia son la evidencia de la actividad.
trainings-materials-now-hint = Envíe los materiales como archivo adjunto.
trainings-ask-present =
    ¿Quiénes asistieron? Escriba sus números separados por comas (por ejemplo 1,3). Con ✓, quienes confirmaron su asistencia.
    { $people }
trainings-present-hint = Escriba los números de quienes asistieron, entre 1 y { $count }, separados por comas (por ejemplo 1,3).
trainings-confirm-new =
    Revise la capacitación de { $gad } (actividad { $activity }):
    📚 { $topic }
    📅 { $when } · ⏱️ { $minutes } minutos
    📍 { $where }
    📎 Materiales: { $materials }
    Se convocará a { $invited } persona(s).
trainings-confirm-attendance =
    Revise la asistencia a «{ $topic }» ({ $gad }, { $when }):
    ✅ Asistieron ({ $count } de { $total }): { $present }
    Guardaré la lista de asistencia y los materiales como evidencia de la actividad.
trainings-scheduled = Listo: programé la capacitación de { $gad } (actividad { $activity }) para el { $when }. Convocaré a { $invited } persona(s) y le avisaré a quienes respondan con /capacitacion.
trainings-gone = Esa capacitación ya no se puede programar o registrar (la actividad ya no está abierta o la capacitación cambió). No registré nada.
trainings-attendance-recorded = Listo: registré la asistencia de { $gad } ({ $count } de { $total }). Le adjunto la lista de asistencia; con ella y los materiales, la actividad «{ $activity }» ya puede confirmarse con /confirmar.
trainings-invite =
    Invitación a una capacitación de Estado abierto de { $gad } (actividad { $activity })
    📚 { $topic }
    📅 { $when } · ⏱️ { $minutes } minutos
    📍 { $where }
    ¿Asistirá? Responda con una opción, o más tarde con /capacitacion.
trainings-rsvp-ask-training = ¿Sobre qué capacitación es su respuesta?
trainings-rsvp-recorded = Gracias: { $response ->
        [yes] registré que asistirá
       *[no] registré que no podrá asistir
    } a «{ $topic }» ({ $gad }, { $when }).
trainings-rsvp-closed = Esa capacitación ya no recibe respuestas (empezó o fue cancelada).

## Registro de cocreación (actividad 13) y ciclo de monitoreo independiente

cmd-proposal = enviar una propuesta para el { -plan } de un gobierno local, con el código que el Foro publicó
cmd-proposals = las propuestas para el { -plan }: el código público para recibirlas y la respuesta razonada a cada una
proposal-code-ask = ¿Cuál es el código de propuestas del gobierno local? (Lo publica el Foro Multiactor, por ejemplo en el portal o en un enlace).
proposal-code-unknown = No encuentro ese código de propuestas. Revise que esté bien escrito (seis letras y números) y envíelo de nuevo, por favor.
proposal-title-ask = ¿Cuál es el título de su propuesta? (una frase corta)
proposal-title-hint = El título debe tener entre 5 y 150 caracteres. Escríbalo de nuevo, por favor.
proposal-description-ask = Describa su propuesta: qué problema atiende y qué propone hacer.
proposal-description-hint = La descripción debe tener entre 10 y 2000 caracteres. Escríbala de nuevo, por favor.
proposal-name-ask = ¿Con qué nombre quiere que aparezca su propuesta? Se publica con ella. Si prefiere que no aparezca ninguno, escriba -.
proposal-contact-ask = ¿Cómo podemos contactarle (teléfono o correo)? No se publica. Si prefiere no darlo, escriba -.
proposal-optional-hint = Escriba el dato, o - para dejarlo en blanco.
proposal-summary =
    Su propuesta para el { -plan } de { $gad }:
    Título: { $title }
    Descripción: { $description }
    Nombre publicado: { $name }
    Contacto (no se publica): { $contact }
    Al confirmar, acepta que la propuesta y el nombre indicado se publiquen en el registro de cocreación del plan, y que el bot guarde su contacto para darle la respuesta del Foro.
proposal-not-sent = No envié la propuesta y no guardé nada.
proposal-sent = Recibimos su propuesta n.º { $id } para el { -plan } de { $gad }. El Foro Multiactor le dará una respuesta razonada y se la enviaré por aquí.
proposal-received-notify = Nueva propuesta n.º { $id } («{ $title }») para el { -plan } de { $gad }. Respóndala con /propuestas.
proposals-register =
    Registro de cocreación de { $gad }: { $pending } propuestas en espera de respuesta, { $answered } respondidas.
    Código público para recibir propuestas: { $code }. Quien el Foro invite puede mandar la suya con /propuesta { $code } (enlace de Telegram: { $link }); el portal del gobierno local también lo muestra.
proposals-need-plan = Para responder las propuestas, registre primero el { -plan } (aunque sea como borrador) con /plan: cada respuesta queda en el registro de ese plan.
proposals-menu = ¿Qué quiere hacer?
proposals-action-answer = Responder una propuesta
proposals-which-ask = ¿Qué propuesta quiere responder?
proposals-outcome-ask =
    «{ $title }» (autoría: { $author })
    { $description }
    ¿Qué respuesta le da el Foro?
proposals-outcome = { $outcome ->
    [accepted] Aceptada en un compromiso
    [merged] Integrada en otra propuesta
   *[other] No aceptada
}
proposals-commitment-ask = ¿En qué compromiso del plan se acoge?
proposals-merge-ask = ¿En qué propuesta se integra?
proposals-reason-ask = Anote las razones de la respuesta del Foro. Se publican con el plan y le llegan a quien la propuso.
proposals-reason-hint = Las razones deben tener entre 10 y 2000 caracteres. Escríbalas de nuevo, por favor.
proposals-answer-summary =
    Respuesta a «{ $title }»: { $outcome ->
        [accepted] aceptada en un compromiso
        [merged] integrada en otra propuesta
       *[other] no aceptada
    }.
    Razones: { $reason }
    ¿La registro?
proposals-already-answered = La propuesta n.º { $id } ya tiene respuesta. No cambié nada.
proposals-answered = Registré la respuesta a la propuesta n.º { $id }. { $told ->
        [0] Vino de otra plataforma: su autoría no recibe aviso por el bot.
       *[other] Avisé a quien la propuso.
    }
proposal-answered-notify =
    El Foro Multiactor de { $gad } respondió su propuesta n.º { $id }, «{ $title }»: { $outcome ->
        [accepted] fue aceptada en el compromiso { $commitment }.
        [merged] se integró en la propuesta { $merged }.
       *[other] no fue aceptada.
    }
    Razones: { $reason }
plan-action-assess-inception = Evaluación de inicio de un compromiso
plan-action-assess-inception-plan = Evaluación de inicio: cocreación y repositorio
plan-action-assess-end = Evaluación de fin de compromiso
plan-action-answer-assessment = Responder a una evaluación independiente
assess-cocreation-ask = ¿El proceso de cocreación del plan cumplió los estándares de OGP (participación abierta, información previa, respuesta razonada a las propuestas)?
assess-repository-ask = ¿El plan tiene un repositorio público en línea, accesible y al día con su avance y evidencias?
assess-completion-ask = ¿Qué nivel de cumplimiento alcanzó el compromiso?
assess-notify = El ente de monitoreo registró la { $kind } de { $gad } sobre: { $subject }. Se publica con el plan. Los responsables del Foro pueden responderla desde /plan.
assess-saved = Registré su { $kind } sobre: { $subject }. Se publica con el plan y avisé al Foro, al Punto de contacto local y al Punto de contacto nacional.
assess-answer-which = ¿A qué evaluación contesta el Foro?
assess-answer-ask = Escriba la respuesta del Foro. Se publica con la evaluación.
assess-answered = Registré la respuesta del Foro a la { $what }. Se publica con el plan.
assess-answered-notify = El Foro Multiactor de { $gad } respondió a su { $what }: «{ $response }»
assessment-reminder = { $stage ->
        [late] Venció el plazo
        [soon] Se acerca el plazo
       *[other] Queda abierto el plazo
    } de la { $kind ->
        [inception] evaluación de inicio del { -plan } de { $gad } (cada compromiso, la cocreación y el repositorio)
       *[other] evaluación de fin del compromiso «{ $subject }» de { $gad }
    }: { $due }. Regístrela desde /plan.
assessment-late-poc = El ente de monitoreo de { $gad } aún no registra la { $kind ->
        [inception] evaluación de inicio del { -plan }
       *[other] evaluación de fin del compromiso «{ $subject }»
    }; el plazo venció el { $due }.
assessment-no-monitor = { $gad } no tiene ente de monitoreo independiente y se debe la { $kind ->
        [inception] evaluación de inicio del { -plan }
       *[other] evaluación de fin del compromiso «{ $subject }»
    } hasta el { $due }. Designe uno con /designar.
pdf-proposals-behind = Propuestas acogidas
pdf-register = Registro de cocreación: propuestas y respuestas del Foro
pdf-assessments = Evaluaciones del ente de monitoreo independiente
pdf-assessment-plan = proceso de cocreación y repositorio público
pdf-assessment-completion = Cumplimiento
pdf-assessment-cocreation = Cocreación
pdf-assessment-repository = Repositorio público
pdf-foro-answer = Respuesta del Foro
web-proposals-behind = Propuestas acogidas
web-register = Registro de cocreación: propuestas y respuestas del Foro
web-col-proposal = Propuesta
web-col-response = Respuesta del Foro
web-assessments = Evaluaciones del ente de monitoreo independiente
web-foro-answer = Respuesta del Foro
web-proposal-call = Envíe su propuesta para el { -plan }: en el bot, /propuesta { $code } (código { $code }). Propuestas en espera de respuesta: { $pending }.
assess-answer-confirm =
    Respuesta del Foro: «{ $response }»
    Se publica con la evaluación y no se puede cambiar después. ¿La registro?
## Plan: enmiendas, versiones y estado de los compromisos (OGP)
plan-action-amend = Enmendar el plan publicado
plan-action-history = Ver el estado de los compromisos
plan-amend-menu = Una enmienda cambia el plan publicado: se aprueba como el plan y se publica como su nueva versión, con el registro de cambios. ¿Qué cambio quiere incluir?
plan-amend-menu-changes =
    Cambios de esta enmienda hasta ahora:
    { $changes }
    ¿Qué más quiere incluir?
plan-amend-add = Agregar un compromiso
plan-amend-change = Modificar un compromiso
plan-amend-withdraw = Retirar un compromiso
plan-amend-redate = Cambiar la fecha de un hito
plan-amend-finish = Revisar y guardar la enmienda
plan-amend-which-commitment = ¿Qué compromiso?
plan-amend-which-field = ¿Qué dato del compromiso cambia?
plan-amend-field = { $field ->
    [title] Título
    [objective] Objetivo
    [expectedResults] Resultados esperados
   *[responsibleEntity] Entidad responsable
}
plan-amend-new-text-ask = Escriba el nuevo texto.
plan-amend-withdraw-reason-ask = ¿Por qué se retira el compromiso? El motivo se publica con el plan.
plan-amend-which-milestone = ¿Qué hito cambia de fecha?
plan-amend-date-outside = La nueva fecha debe estar dentro del período del plan ({ $start } – { $end }). Escríbala como DD/MM/AAAA.
plan-amend-reason-ask = ¿Por qué se enmienda el plan? El motivo se publica con el registro de cambios.
plan-amend-review =
    La enmienda queda así:
    { $changes }
    Nada cambia en el plan hasta que se apruebe. ¿La registra y pide su aprobación?
plan-amend-approval-request = { $who } registró una enmienda del { -plan } de { $gad }. Como { $office } del Foro, le corresponde revisarla y aprobarla con /plan.
plan-amend-saved = Guardé la enmienda del { -plan } de { $gad } y pedí a la { $office } del Foro que la apruebe.
plan-amend-saved-no-approver = Guardé la enmienda del { -plan } de { $gad }. La debe aprobar la { $office } del Foro, que todavía no está registrada: regístrela con /foro.
plan-action-discard-amendment = Descartar la enmienda pendiente
plan-amend-discard-ask =
    Va a descartar la enmienda pendiente del { -plan } de { $gad } (sería la versión { $version }).
    Motivo: { $reason }
    { $changes }
    El plan publicado no cambia; la enmienda quedará solo en el registro de auditoría. ¿La descarta?
plan-amend-discarded = Descarté la enmienda pendiente del { -plan } de { $gad }. El plan publicado sigue igual y ya se puede registrar otra enmienda.
plan-amend-discarded-notify = { $who } descartó la enmienda que usted registró para el { -plan } de { $gad } (motivo: { $reason }). El plan publicado sigue igual.
plan-amend-approve-ask =
    Va a aprobar la enmienda del { -plan } de { $gad } y publicarlo como versión { $version }.
    Motivo: { $reason }
    { $changes }
    Las versiones anteriores seguirán disponibles. Se enviará a: { $told }
    Esto no se puede deshacer. ¿Aprueba y publica la enmienda?
plan-amended =
    Registré su aprobación y publiqué la versión { $version } del { -plan } de { $gad }.
    Motivo: { $reason }
    { $changes }
    Enlace público: { $link }
plan-amended-notify =
    Se aprobó una enmienda del { -plan } de { $gad }: está publicada su versión { $version }. Le adjunto el documento.
    Motivo: { $reason }
    { $changes }
    Enlace público: { $link }
plan-change-add = Compromiso nuevo: «{ $title }» ({ $milestones ->
    [one] 1 hito
   *[other] { $milestones } hitos
})
plan-change-edit = «{ $title }»: { plan-amend-field } cambia de «{ $before }» a «{ $after }»
plan-change-withdraw = Se retira el compromiso «{ $title }», con este motivo: { $reason }
plan-change-redate = Hito «{ $deliverable }»: nueva fecha de entrega { $after } (antes { $before })
plan-status-history =
    Estado de los compromisos (versión { $version } del plan; { $percent } % de los hitos cumplidos):
    { $commitments }
milestone-late-foro = Aviso al Foro de { $gad }: el hito «{ $deliverable }» del compromiso «{ $commitment }» debía entregarse el { $due } y no está completo. Responsable: { $responsible }.
plan-public-versions = Este plan fue enmendado: va en su versión { $versions }. Las versiones anteriores se obtienen con /plan { $token } v1 (o el número de la versión).
plan-version-public = Versión { $version } del { -plan } de { $gad }. Para sus datos abiertos escriba: /plan { $token } v{ $version } datos
plan-version-unknown = Ese plan no tiene esa versión: tiene { $versions }. Escriba la versión como v1, v2…
pdf-version = Versión
pdf-versions = Versiones y registro de cambios
pdf-commitment-status = Estado del compromiso
pdf-withdrawn = Retirado, con este motivo
pdf-change-add = Compromiso nuevo: «{ $title }»
web-plan-versions = Versiones del plan y registro de cambios
web-plan-version = Versión { $version }
web-plan-milestones-done = { $percent } % de los hitos cumplidos
web-commitment-status = Estado
