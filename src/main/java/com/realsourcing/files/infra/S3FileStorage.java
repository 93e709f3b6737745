package com.realsourcing.files.infra;

import com.realsourcing.files.domain.FileStorage;
import com.realsourcing.files.domain.FilesProperties;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, Aliyun OSS, Tencent COS …) through the AWS SDK v2. Checksums
 * are only sent when an operation requires them, because several S3-compatible stores reject the SDK's newer
 * default trailing checksums. SDK failures become {@link IOException}s so the service treats every adapter alike.
 */
public class S3FileStorage implements FileStorage, AutoCloseable {

    private final S3Client client;
    private final String bucket;
    private final String prefix;

    S3FileStorage(S3Client client, String bucket, String prefix) {
        this.client = client;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
    }

    public static S3FileStorage create(FilesProperties.S3 settings) {
        Assert.hasText(
                settings.bucket(), "realsourcing.files.s3.bucket is required when realsourcing.files.storage=s3");
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(credentials(settings));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return new S3FileStorage(builder.build(), settings.bucket(), settings.keyPrefix());
    }

    private static AwsCredentialsProvider credentials(FilesProperties.S3 settings) {
        if (StringUtils.hasText(settings.accessKey())) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public void put(String key, InputStream content, long length, String contentType) throws IOException {
        try {
            client.putObject(
                    request -> request.bucket(bucket)
                            .key(prefix + key)
                            .contentType(contentType)
                            .contentLength(length),
                    RequestBody.fromInputStream(content, length));
        } catch (SdkException e) {
            throw new IOException("S3 PutObject failed for " + key, e);
        }
    }

    @Override
    public Resource get(String key) {
        return new S3ObjectResource(prefix + key);
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            client.deleteObject(request -> request.bucket(bucket).key(prefix + key));
        } catch (SdkException e) {
            throw new IOException("S3 DeleteObject failed for " + key, e);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    /** An object read lazily: {@code exists()} and the length come from HeadObject, the bytes from GetObject. */
    private final class S3ObjectResource extends AbstractResource {

        private final String key;
        private HeadObjectResponse head;
        private boolean missing;

        S3ObjectResource(String key) {
            this.key = key;
        }

        @Override
        public boolean exists() {
            return head() != null;
        }

        @Override
        public long contentLength() throws IOException {
            HeadObjectResponse response = head();
            if (response == null) {
                throw new FileNotFoundException(getDescription() + " does not exist");
            }
            return response.contentLength();
        }

        @Override
        public InputStream getInputStream() throws IOException {
            try {
                return client.getObject(request -> request.bucket(bucket).key(key));
            } catch (NoSuchKeyException e) {
                throw new FileNotFoundException(getDescription() + " does not exist");
            } catch (SdkException e) {
                throw new IOException("S3 GetObject failed for " + key, e);
            }
        }

        @Override
        public String getDescription() {
            return "S3 object s3://" + bucket + "/" + key;
        }

        private synchronized HeadObjectResponse head() {
            if (head == null && !missing) {
                try {
                    head = client.headObject(request -> request.bucket(bucket).key(key));
                } catch (NoSuchKeyException e) {
                    missing = true;
                } catch (S3Exception e) {
                    if (e.statusCode() != 404) {
                        throw e;
                    }
                    missing = true;
                }
            }
            return head;
        }
    }
}
