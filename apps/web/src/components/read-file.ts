/** A chosen file's text. FileReader rather than Blob.text(), which older browsers lack. */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(typeof r.result === 'string' ? r.result : '');
    r.onerror = () => reject(new Error('The file could not be read'));
    r.readAsText(file);
  });
}
