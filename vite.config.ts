/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { fileURLToPath } from 'node:url';

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    // Relative asset paths so the build also works opened from file:// or a sub-folder.
    base: './',
    plugins: [react(), tailwindcss(), ...(single ? [viteSingleFile()] : [])],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    build: { outDir: single ? 'dist-single' : 'dist', sourcemap: false },
    worker: { format: 'es' },
    test: {
      include: ['src/**/*.test.{ts,tsx}'],
      environment: 'node',
      setupFiles: ['src/testing/all-messages.ts'],
      testTimeout: 20000,
    },
  };
});
