import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The one place windows are configured, so every window gets Electron's security
 * checklist: isolated, sandboxed renderer without Node, web security on, no webview,
 * no experimental or Blink features, no insecure content.
 */
export function createWindowOptions(preload: string, bounds: { width?: number; height?: number; x?: number; y?: number } = {}): BrowserWindowConstructorOptions {
  return {
    width: bounds.width ?? 1400,
    height: bounds.height ?? 900,
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Mandat',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}
