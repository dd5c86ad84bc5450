/** Handing a produced file to the user: a native save dialog in Electron, a download in the browser. */
import type { FilePayload } from '@shared/contract/api';
import type { Api } from './client';

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(new ArrayBuffer(bin.length));
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  // In slices: String.fromCharCode with one argument per byte overflows the stack on large files.
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export async function deliverFile(api: Api, nativeDialogs: boolean, file: FilePayload): Promise<{ ok: boolean; message?: string }> {
  if (nativeDialogs) {
    const r = await api.call('file.save', { file });
    return r.ok ? { ok: r.data.saved } : { ok: false, message: r.error.message };
  }
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.base64)], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true };
}
