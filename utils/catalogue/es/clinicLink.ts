import type { clinicLink as en } from '../clinicLink';
import type { Translation } from '../types';

/** The clinicLink section in Spanish (usted). */
export const clinicLink: Translation<typeof en> = {
  clinicErrorEmpty: 'Pegue el enlace o el código que le dio su clínica.',
  clinicErrorNotALink:
    'Esto no parece un enlace ni un código de configuración de clínica de Afterglow. Compruebe que lo copió completo. No se cambió nada.',
  clinicErrorTooLong:
    'Este enlace de clínica es más largo de lo que puede ser cualquier enlace de Afterglow ({{$1: one=# carácter | other=# caracteres}}; el límite es $2). No se cambió nada.',
  clinicErrorNewerVersion:
    'Este enlace de clínica se creó con una versión más reciente de Afterglow (formato $1). Actualice Afterglow y vuelva a intentarlo. No se cambió nada.',
  clinicErrorDamaged:
    'Este enlace o código de configuración de clínica está dañado o incompleto. Cópielo completo, compare cada grupo con la hoja informativa (las mayúsculas y minúsculas cuentan) o pida a su clínica que se lo vuelva a dar. No se cambió nada.',
  clinicErrorPatientField:
    'Este enlace lleva un campo sobre un paciente (“$1”), algo que un enlace de clínica nunca debe hacer. No se usó. No se cambió nada.',
  clinicErrorMarkup:
    'El campo “$1” de este enlace contiene código o marcado, algo que un enlace de clínica no puede llevar. No se cambió nada.',
  clinicErrorUnknownField:
    'Este enlace de clínica tiene un campo que Afterglow no conoce (“$1”). Pida a su clínica un enlace nuevo. No se cambió nada.',
  clinicErrorField: 'El campo “$1” de este enlace de clínica no es válido: $2. No se cambió nada.',
  clinicErrorWebsite: 'El sitio web de la clínica debe ser una dirección https://. No se cambió nada.',

  clinicFieldName: 'nombre de la clínica',
  clinicFieldPhone: 'teléfono de la clínica',
  clinicFieldWebsite: 'sitio web',
  clinicFieldWelcome: 'mensaje de bienvenida',
  clinicFieldProtocol: 'protocolo',
  clinicFieldPresets: 'hábitos predefinidos',
  clinicFieldNudgeTexts: 'textos de aviso',
};
