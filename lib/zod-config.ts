import { z } from 'zod';

// zod 4 compiles fast parsers with `new Function` when it can. Extension pages forbid eval (the MV3
// content security policy), and zod's probe for it would log a CSP violation: never try.
z.config({ jitless: true });
