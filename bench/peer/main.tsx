// The peer: the create schema of our OpenAPI document rendered by react-jsonschema-form with its
// MUI theme, the way a team would use a schema form: hand it the request body schema (an anyOf
// of the seven create requests, whose own picker chooses the type) and the document's component
// schemas for the $refs. `?type=<auth_type>` preselects a type; `?claims=N` prefills N extra
// JWT claims, so the benchmark can open the same largest form in both pages.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import CssBaseline from '@mui/material/CssBaseline';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import CoreForm from '@rjsf/core';
import { Theme } from '@rjsf/mui';
import type { RJSFSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import spec from '../../contract/spec/auth-connections.openapi.json';

const body = spec.paths['/v1/workspace/auth-connections'].post.requestBody.content[
  'application/json'
].schema as RJSFSchema;
const schema = { ...body, components: spec.components } as RJSFSchema;

function initialData(): Record<string, unknown> | undefined {
  const params = new URLSearchParams(window.location.search);
  const type = params.get('type');
  if (!type) return undefined;
  const claims = Number(params.get('claims') ?? 0);
  const extra: Record<string, string> = {};
  for (let i = 0; i < claims; i += 1) extra[`claim_${i}`] = `value ${i}`;
  return claims > 0 ? { auth_type: type, extra_params: extra } : { auth_type: type };
}

// The same form @rjsf/mui's default export renders (core Form + the MUI theme's templates and
// widgets), with a render counter on the form root for the benchmark.
class Form extends CoreForm {
  override render() {
    const w = window as unknown as { __benchRenders?: Record<string, number> };
    w.__benchRenders ??= {};
    w.__benchRenders.Form = (w.__benchRenders.Form ?? 0) + 1;
    return super.render();
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <ThemeProvider theme={createTheme()}>
      <CssBaseline />
      <Container maxWidth="md" sx={{ py: 4 }}>
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Form
            templates={Theme.templates}
            widgets={Theme.widgets}
            schema={schema}
            validator={validator}
            formData={initialData()}
            onSubmit={({ formData }) => console.log('submit', formData)}
          />
        </Paper>
      </Container>
    </ThemeProvider>
  </StrictMode>,
);
