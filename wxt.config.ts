import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Jargon Bridge',
    description: 'Flags jargon in health-IT writing for the reader you choose, and offers plain rewrites. Nothing leaves your browser.',
    permissions: ['storage'],
  },
});
