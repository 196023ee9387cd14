import type { clinic as en } from '../clinic';
import type { Translation } from '../types';

/** The clinic section in Spanish (usted). */
export const clinic: Translation<typeof en> = {
  // The popup and the options page.
  clinicHeading: 'Su clínica',
  clinicCall: 'Llamar a $1 al $2',
  clinicManaged: 'Configurado por su clínica',
  clinicManagedNote: 'Su organización lo configuró en este dispositivo, así que no se puede quitar aquí.',
  clinicManagedNoLink:
    'Su organización configuró una clínica en este dispositivo, así que un enlace no puede reemplazarla. No se cambió nada.',
  clinicNone: 'No hay ninguna clínica configurada. Si su clínica le dio un enlace o un código de configuración, péguelo aquí.',
  clinicLinkLabel: 'Enlace o código de configuración de la clínica',
  clinicLinkHint:
    'Pegue el enlace completo o escriba el código de configuración de la hoja informativa de su clínica. Los espacios y saltos de línea no importan.',
  clinicPreview: 'Vista previa',
  clinicRemove: 'Quitar clínica',
  clinicRemoveConfirm:
    '¿Quitar $1? Su protocolo y sus hábitos se quedan como están; solo se borran el nombre, el contacto y los textos de aviso de la clínica.',
  clinicRemoveYes: 'Quitar',
  clinicRemoved: 'Se quitó la clínica. Sus ajustes se quedan como están.',
  clinicForClinics: 'Para clínicas: crear un enlace para sus pacientes',

  // The preview a patient confirms (setup page, options, onboarding).
  clinicSetupTitle: 'Configurar Afterglow para $1',
  clinicSetupCheck:
    'Cualquiera puede crear un enlace como este: compruebe que estos son los datos de su clínica antes de confirmar.',
  clinicReplaces: 'Esto reemplaza a $1 como su clínica.',
  clinicChangesHeading: 'Qué cambia',
  clinicChangesNone: 'Sus ajustes ya coinciden: solo se guardan los datos de la clínica.',
  clinicConflictsHeading: 'Esto lo cambió usted',
  clinicConflictsIntro: 'Se mantiene su elección, a menos que marque una casilla.',
  clinicConflictTick: 'Usar el valor de la clínica: $1',
  clinicKeepsEntries: 'No se modifican sus fechas de tratamiento, sus sesiones de terapia ni su historial.',
  clinicChangeProtocol: '$1: de $2 a $3',
  clinicChangeAdd: 'Activar el hábito $1: $2',
  clinicChangeResumePaused: 'Volver a activar el hábito $1 (usted lo había pausado)',
  clinicChangeResumeArchived: 'Recuperar el hábito $1 (usted lo había archivado)',
  clinicChangeGoal: '$1, frecuencia: de $2 a $3',
  clinicChangeNudges: '$1, avisos: de $2 a $3',
  clinicUseSetup: 'Usar esta configuración',
  clinicApplied: 'Listo: Afterglow está configurado para $1.',
  clinicAppliedStale:
    '{{$1: one=# cambio no se aplicó porque ese ajuste cambió mientras usted leía. Revíselo | other=# cambios no se aplicaron porque esos ajustes cambiaron mientras usted leía. Revíselos}} en la configuración.',
  clinicCancelled: 'No se cambió nada.',
  clinicOpenSettings: 'Abrir la configuración',
  clinicSetupNoLink:
    'Esta página se abre desde el enlace de su clínica. Para configurar una clínica, pegue su enlace en la configuración.',

  // How a clinic's settings read, in the preview and the builder.
  clinicProtocolHeading: 'Protocolo',
  clinicHabitsHeading: 'Hábitos sugeridos',
  clinicProtocolValue: '$1: $2',
  clinicStagesNone: 'según sea necesario',
  clinicKindNotSet: 'Sin definir: cada paciente elige',
  clinicKindHint:
    'Al elegir un tipo, los pacientes reciben su calendario habitual (para la esketamina, el de la ficha técnica); los números que complete abajo lo sustituyen.',
  clinicStageWeeks: '{{$1: one=durante # semana | other=durante # semanas}}, $2',
  clinicStageOngoing: 'después, $1',
  clinicProtocolInductionCount: 'Tratamientos en la fase de inducción',
  clinicProtocolInfusionsPerWeek: 'Tratamientos por semana',
  clinicProtocolWindowHours: 'Ventana después de un tratamiento',
  clinicProtocolBoosterIntervalWeeks: 'Recordatorio de refuerzo',
  clinicProtocolTherapySessionCount: 'Sesiones de terapia',
  clinicHours: '{{$1: one=# hora | other=# horas}}',
  clinicEveryWeeks: '{{$1: one=cada semana | other=cada # semanas}}',
  clinicNudgeTextsCount: 'Textos de aviso propios de la clínica para $1',
  clinicOnlyContact: 'Sin números de protocolo ni hábitos: solo los datos de la clínica.',
  clinicGoalDaily: 'todos los días',
  clinicGoalWeeklyOnce: 'una vez por semana',
  clinicGoalWeekly: '{{$1: one=# vez por semana | other=# veces por semana}}',
  clinicNudgeAt: 'aviso a las $1',
  clinicNudgeAtOn: 'aviso a las $1 ($2)',
  clinicNudgeBeforeBed: 'aviso {{$1: one=# minuto | other=# minutos}} antes de dormir',
  clinicNudgeEvery: 'una pausa {{$1: one=cada minuto | other=cada # minutos}} en horario laboral',
  clinicNudgeInWindow: 'una vez por ventana, a las $1',
  clinicNudgeNone: 'sin avisos',
  clinicWeekdays: 'de lunes a viernes',

  // The link builder (clinic.html and the static site).
  clinicBuilderTitle: 'Crear un enlace de clínica',
  clinicBuilderIntro:
    'Complete lo que sus pacientes deben ver. El código de configuración y el enlace solo llevan estos ajustes, nunca nada sobre un paciente. Deje un campo vacío para mantener el valor predeterminado de Afterglow.',
  clinicDetailsLegend: 'Su clínica',
  clinicNameLabel: 'Nombre de la clínica',
  clinicPhoneLabel: 'Teléfono de la clínica',
  clinicWebsiteLabel: 'Sitio web',
  clinicWebsiteHint: 'Una dirección https://.',
  clinicWelcomeLabel: 'Mensaje de bienvenida',
  clinicWelcomeHint: 'Hasta {{$1: one=# carácter | other=# caracteres}}, en texto sin formato.',
  clinicLandingLabel: 'Dirección de la página de destino',
  clinicLandingHint:
    'Opcional: dónde está alojada su página de destino de Afterglow; el enlace se abre allí. Sin ella, los pacientes usan el código de configuración.',
  clinicOwnPageLabel:
    'Esta dirección aloja nuestra propia página de destino, descargada abajo, así que el enlace no necesita código',
  clinicBuilderBoosterLabel: 'Recordatorio de refuerzo (semanas)',
  clinicProtocolIntro: 'Deje un número vacío para mantener el valor predeterminado ($1).',
  clinicPresetGoalLabel: '$1: veces por semana',
  clinicPresetTimeLabel: '$1: hora del aviso',
  clinicPresetBeforeLabel: '$1: minutos antes de dormir',
  clinicPresetEveryLabel: '$1: minutos entre pausas',
  clinicPresetTextsLabel: '$1: sus propios textos de aviso, uno por línea (opcional)',
  clinicPreviewHeading: 'Lo que verán sus pacientes',
  clinicFixFields: 'Corrija los campos marcados para crear el enlace.',
  clinicCodeHeading: 'Código de configuración',
  clinicCodeIntro:
    'Cualquier paciente puede pegar o escribir este código en Afterglow (configuración, “Su clínica”), con o sin enlace. Los espacios y saltos de línea no importan.',
  clinicCopyCode: 'Copiar código de configuración',
  clinicCodeCopied: 'Código de configuración copiado.',
  clinicCodeCopyFailed: 'Aquí no se pudo copiar: seleccione el código y cópielo.',
  clinicLinkHeading: 'Enlace y código QR',
  clinicLinkNote: 'Envíelo por correo electrónico o mensaje de texto, o imprímalo con su código QR.',
  clinicNoLandingNote:
    'Escriba arriba la dirección de una página de destino para obtener un enlace y un código QR. El código de configuración funciona sin ella.',
  clinicExportHeading: 'Su propia página de destino',
  clinicExportIntro:
    'Descargue la página de destino con sus ajustes ya incluidos y suba sus archivos a cualquier alojamiento web, en su propia dirección, por ejemplo https://start.example-clinic.org/. Entonces esa dirección por sí sola es su enlace: fácil de escribir y con un código QR pequeño. Escríbala arriba y marque la casilla.',
  clinicExport: 'Descargar página de destino (zip)',
  clinicExportFailed: 'No se pudo guardar la página de destino aquí. Inténtelo de nuevo.',
  clinicInstallLink: 'Enlace de instalación',
  clinicCopy: 'Copiar enlace',
  clinicCopied: 'Copiado.',
  clinicCopyFailed: 'Aquí no se pudo copiar: seleccione el enlace y cópielo.',
  clinicQrLabel: 'Código QR del enlace de instalación',
  clinicQrDownload: 'Descargar código QR (SVG)',
  clinicQrTooLong:
    'El enlace es demasiado largo para un código QR. Aloje su propia página de destino (abajo) para tener un enlace corto, o acorte el mensaje de bienvenida o los textos de aviso.',
  clinicPrint: 'Imprimir una hoja informativa',

  clinicErrorNameEmpty: 'Escriba el nombre de la clínica.',
  clinicErrorLength: 'No use más de {{$1: one=# carácter | other=# caracteres}}.',
  clinicErrorNoMarkup: 'No use < ni > ni nada que parezca código.',
  clinicErrorPhone: 'Use solo números, espacios, + ( ) - y puntos.',
  clinicErrorHttps: 'Escriba una dirección que empiece con https://.',
  clinicErrorLanding: 'Escriba la dirección de la página de destino, que debe empezar con https://.',
  clinicErrorTime: 'Escriba una hora como 07:30.',
  clinicErrorRange: 'Escriba un número entero del $1 al $2.',
  clinicErrorTexts:
    'Hasta {{$1: one=# texto | other=# textos}}, cada uno de hasta {{$2: one=# carácter | other=# caracteres}}, sin < ni >.',
  clinicLinkTooLong:
    'El enlace tendría {{$1: one=# carácter | other=# caracteres}} y el límite es $2. Acorte el mensaje de bienvenida o los textos de aviso.',

  // The handout.
  clinicHandoutStep1:
    'En la computadora donde trabaja, abra el enlace de abajo o escanee el código QR, en Chrome, Edge o Firefox.',
  clinicHandoutStep2: 'Instale Afterglow desde la tienda de su navegador.',
  clinicHandoutStep3:
    'De vuelta en la página, elija “Terminar la configuración” (o copie el código de configuración que aparece), revise lo que cambia y confirme.',
  clinicHandoutCodeHeading: 'O use el código de configuración',
  clinicHandoutCodeIntro: 'Sin el enlace, abra la configuración de Afterglow y escriba este código en “Su clínica”:',
  clinicHandoutCodeStep1:
    'En la computadora donde trabaja, instale Afterglow desde la tienda de su navegador (Chrome, Edge o Firefox).',
  clinicHandoutCodeStep2:
    'En la pestaña de Afterglow que se abre (o en su configuración, en “Su clínica”), escriba el código de abajo y elija “Vista previa”.',
  clinicHandoutStep3Code: 'Revise lo que cambia y confirme.',
  clinicHandoutCodeNote: 'Los espacios y saltos de línea del código no importan; las mayúsculas y minúsculas sí.',

  // The landing page.
  clinicLandingTitle: 'Afterglow',
  clinicLandingInvite: '$1 le invita a usar Afterglow.',
  clinicLandingPictureAlt:
    'El panel de Afterglow con la ventana abierta: quedan 38 horas, los hábitos de hoy y el próximo aviso.',
  clinicLandingWhat:
    'Afterglow es una extensión del navegador para personas en terapia con ketamina. Muestra cuántas horas quedan de la ventana después de una infusión y en qué punto de su tratamiento está, y le recuerda con suavidad los hábitos que ayudan a que el alivio dure.',
  clinicLandingPrivateHeading: 'Qué mantiene en privado',
  clinicLandingPrivate:
    'Todo lo que usted escribe se queda en su navegador: sin cuenta, sin servidor, sin analíticas. Su clínica no puede ver sus registros. Este enlace solo lleva los ajustes de su clínica, nunca nada sobre usted.',
  clinicInstallChrome: 'Instalar para Chrome',
  clinicInstallEdge: 'Instalar para Edge',
  clinicInstallFirefox: 'Instalar para Firefox',
  clinicLandingAfterInstall: 'Después de instalarlo, vuelva a esta página para terminar la configuración.',
  clinicLandingCodeHeading: '¿Ya instaló Afterglow? Termine con este código',
  clinicLandingCodeStep1: 'Abra la pestaña de Afterglow que se abrió después de instalarlo, o la configuración de Afterglow.',
  clinicLandingCodeStep2:
    'En “Su clínica”, pegue el código en “Enlace o código de configuración de la clínica”, elija “Vista previa” y confirme.',
  clinicLandingPhoneHeading: 'Abra esta página en su computadora',
  clinicLandingPhone:
    'Afterglow funciona en Chrome, Edge o Firefox en una computadora, no en un teléfono ni en una tableta. Abra esta página en la computadora donde usa su navegador.',
  clinicLandingShare: 'Enviarme este enlace',
  clinicLandingEmail: 'Enviarme este enlace por correo electrónico',
  clinicLandingInstalled: 'Afterglow está instalado en este navegador.',
  clinicFinishSetup: 'Terminar la configuración',
  clinicFinishSetupNote: 'Una pestaña nueva muestra lo que cambiaría. No cambia nada hasta que usted confirme.',
  clinicLandingBadLink: 'Aun así, puede instalar Afterglow y configurarlo por su cuenta.',

  // First run.
  onboardingStep: 'Paso $1 de $2',
  onboardingClinicHeading: 'Su clínica',
  onboardingClinicIntro:
    'Si su clínica le dio un enlace o un código de configuración, péguelo aquí para usar sus ajustes. ¿No tiene ninguno? Pulse “Siguiente”.',
  onboardingClinicDone: 'Configurado para $1.',
  onboardingDatesHeading: 'Sus fechas de tratamiento',
  onboardingDatesIntro:
    'Elija cómo recibe la ketamina y luego agregue las fechas de tratamiento pasadas y previstas. Puede cambiarlas cuando quiera en la configuración.',
  onboardingHabitsHeading: 'Hábitos y horas de aviso',
  onboardingHabitsIntro: 'Elija uno o dos para empezar. Cada elección se guarda al momento.',
  onboardingHabitsIntroClinic:
    'Elija uno o dos para empezar. Las sugerencias de su clínica ya están marcadas; cada elección se guarda al momento.',
  onboardingBedtimeLabel: 'Su hora habitual de dormir (el aviso para relajarse llega antes)',
  onboardingPrivacyHeading: 'Lo que se queda en este dispositivo',
  onboardingPrivacy1:
    'Sus fechas, sus hábitos y sus registros se quedan en este navegador. No se envía nada a ninguna parte.',
  onboardingPrivacy2: 'Sin cuenta, sin servidor, sin analíticas.',
  onboardingPrivacy3:
    'Su clínica no puede ver sus registros. Un enlace de clínica solo trae los ajustes de la clínica, nada más.',
  onboardingNext: 'Siguiente',
  onboardingBack: 'Atrás',
  onboardingFinish: 'Terminar',
  onboardingLater: 'Todos los pasos se pueden hacer más tarde en la configuración.',
  onboardingFinished: 'Listo. Puede cerrar esta pestaña; todo lo anterior se puede cambiar en la configuración.',
  onboardingReadyHeading: 'Lo que está configurado',
  onboardingSetUp: 'Configurado',
  onboardingNotYet: 'Aún sin configurar (puede agregarlo cuando quiera en la configuración)',
  setupClinic: 'Su clínica: $1',
  setupNoClinic: 'Sin clínica',
  setupInfusionsPast: '{{$1: one=# infusión anterior | other=# infusiones anteriores}}',
  setupInfusionsPastIm: '{{$1: one=# inyección anterior | other=# inyecciones anteriores}}',
  setupInfusionsPastSession: '{{$1: one=# sesión de tratamiento anterior | other=# sesiones de tratamiento anteriores}}',
  setupInfusionsPastOne: '1 infusión anterior',
  setupInfusionsPastOneIm: '1 inyección anterior',
  setupInfusionsPastOneSession: '1 sesión de tratamiento anterior',
  setupInfusionNext: 'Próxima infusión: $1',
  setupInfusionNextIm: 'Próxima inyección: $1',
  setupInfusionNextSession: 'Próxima sesión de tratamiento: $1',
  setupNoInfusions: 'Sin fechas de infusión: el indicador de la barra de herramientas aparece en cuanto agregue una',
  setupNoInfusionsIm: 'Sin fechas de inyección: el indicador de la barra de herramientas aparece en cuanto agregue una',
  setupNoInfusionsSession:
    'Sin fechas de sesiones de tratamiento: el indicador de la barra de herramientas aparece en cuanto agregue una',
  setupHabit: 'Hábito: $1',
  setupHabitWithNudge: 'Hábito: $1, $2',
  setupNoHabits: 'Sin hábitos ni avisos',
  setupNudgeAt: 'aviso a las $1',
  setupNudgeBeforeBedtime: 'aviso {{$1: one=# minuto | other=# minutos}} antes de su hora de dormir ($2)',
  setupNudgeEvery: 'un aviso de pausa {{$1: one=cada minuto | other=cada # minutos}} en horario laboral',
  pinHeading: 'Mantenga Afterglow a la vista: fíjelo en la barra de herramientas',
  pinIntro:
    'Al principio, una extensión nueva está oculta, así que no se ve su indicador (las horas que quedan de su ventana). Para fijarla:',
  pinChrome:
    'Chrome: haga clic en el icono de la pieza de rompecabezas (Extensiones), a la derecha de la barra de direcciones, y luego en el icono de fijar junto a Afterglow.',
  pinEdge:
    'Edge: haga clic en el icono de la pieza de rompecabezas (Extensiones), a la derecha de la barra de direcciones, y luego en el icono del ojo (Mostrar en la barra de herramientas) junto a Afterglow.',
  pinFirefox:
    'Firefox: haga clic en el icono de la pieza de rompecabezas (Extensiones) en la barra de herramientas, luego en el engranaje junto a Afterglow y después en Fijar a la barra de herramientas.',
};
