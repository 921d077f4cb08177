export {
  createPreviewPort,
  isPreviewPort,
  type PreviewPort,
  type PreviewDocument as PreviewDocumentState,
} from './preview-port';
