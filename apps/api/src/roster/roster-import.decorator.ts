import { applyDecorators, Get, Header, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { ApiAnswer, ApiErrors, ApiReadsBody, ApiTextAnswer } from '../common/api-responses.decorator';
import type { BodySchema } from '../common/schema.util';
import { IMPORT_CONFIRM_BODY_SCHEMA, IMPORT_PREVIEW_SCHEMA, IMPORTED_SCHEMA } from './roster.schema';

/** POST …/import: a CSV in, a preview and its token out; nothing is stored. */
export const ImportPreviewRoute = (csv: BodySchema) =>
  applyDecorators(
    Post('import'),
    HttpCode(200),
    Roles('democratic_services'),
    ApiConsumes('text/csv'),
    ApiBody({ schema: csv }),
    ApiQuery({
      name: 'remove',
      required: false,
      schema: { type: 'string', enum: ['missing'] },
      description: '"missing": people not in the file leave (otherwise they stay)',
    }),
    ApiOperation({
      summary:
        'Preview a CSV import: who is added, who changes and who would leave. Nothing is stored until confirmed',
    }),
    ApiAnswer(IMPORT_PREVIEW_SCHEMA, { description: 'The preview and the token that confirms it' }),
    ApiReadsBody(),
  );

/** POST …/import/{token}/confirm: applies exactly the preview. */
export const ImportConfirmRoute = (list: string) =>
  applyDecorators(
    Post('import/:token/confirm'),
    HttpCode(200),
    Roles('democratic_services'),
    ApiBody({ schema: IMPORT_CONFIRM_BODY_SCHEMA, required: false }),
    ApiOperation({ summary: `Apply exactly what a preview showed, unless the ${list} changed since` }),
    ApiAnswer(IMPORTED_SCHEMA, { description: 'Imported: how many were added, changed, unchanged and left' }),
    ApiReadsBody(),
    ApiErrors(404, 409, 410),
  );

/** GET …/export.csv: the people on the list today, in the columns the import reads, to edit and import back. */
export const ExportRoute = (list: 'members' | 'officers') =>
  applyDecorators(
    Get('export.csv'),
    Roles('officer'),
    Header('Content-Type', 'text/csv; charset=utf-8'),
    Header('Content-Disposition', `attachment; filename="${list}.csv"`),
    ApiOperation({ summary: `The ${list} on the roster today, as CSV in the columns the import reads` }),
    ApiTextAnswer(
      'text/csv',
      `One line per active ${list === 'members' ? 'member' : 'officer'}, by name, with a header row`,
    ),
  );
