export function EditorApp() {
  return <main><h1>Candor</h1></main>;
}
