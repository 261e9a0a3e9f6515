import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import type { Upload } from './upload-store';

/**
 * An upload in progress, the same value type in every subgraph (see JobType). The
 * mutations that make and fill uploads are each service's own (`beginUpload` in
 * segments, `beginCampaignUpload` …): a root field belongs to one subgraph.
 */
@Directive('@shareable')
@ObjectType('Upload', { description: 'A file being uploaded in ordered chunks.' })
export class UploadType {
  @Field(() => ID)
  id: string;

  @Field()
  kind: string;

  @Field()
  fileName: string;

  @Field(() => Float)
  sizeBytes: number;

  @Field(() => Float, { description: 'Bytes received so far: the offset of the next chunk.' })
  received: number;
}

export function toUploadType(upload: Upload): UploadType {
  return { id: upload.id, kind: upload.kind, fileName: upload.fileName, sizeBytes: upload.sizeBytes, received: upload.received };
}
