package org.uncrumple.export;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_GLOBALHEADER;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_PRI_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_MPEG;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_TRC_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_ITU709;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCoefficients;
import static org.bytedeco.ffmpeg.global.swscale.sws_getContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;
import static org.bytedeco.ffmpeg.global.swscale.sws_setColorspaceDetails;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.uncrumple.scene.Storage;

/**
 * H.264 video in an MP4 file, through FFmpeg's libraries (the LGPL build of the JavaCPP presets,
 * whose H.264 encoder is Cisco's OpenH264). Frames are converted from BGRA to YUV 4:2:0 with BT.709
 * colours, tagged as such, and the file is written with its index at the front ("faststart") so
 * players and browsers can start before it is all loaded.
 *
 * <p>The bit rate is {@value #BITS_PER_PIXEL} bits per pixel and frame: about 4 Mbit/s at 1280×720
 * and 30 frames a second, plenty for flat points on a plain background.
 */
final class Mp4Encoder implements FrameEncoder {
  static final double BITS_PER_PIXEL = 0.15;
  private static final String CODEC = "libopenh264";

  private final Path file;
  private final Storage storage;
  private final int width;
  private final int height;
  private final AVFormatContext format = new AVFormatContext(null);
  private AVCodecContext codec;
  private AVStream stream;
  private AVFrame picture;
  private AVPacket packet;
  private SwsContext scaler;
  private final BytePointer bgra;
  private final PointerPointer<BytePointer> source;
  private final IntPointer sourceStride;
  private long next;
  private boolean ioOpen;

  Mp4Encoder(Path file, int width, int height, int fps) throws IOException {
    this(file, width, height, fps, Storage.DISK);
  }

  /**
   * FFmpeg writes {@code file} itself (by its name, so a full disk reaches it as it reaches any
   * program); {@code storage} syncs it to the disk when finished.
   */
  Mp4Encoder(Path file, int width, int height, int fps, Storage storage) throws IOException {
    this.file = file;
    this.storage = storage;
    if (width % 2 != 0 || height % 2 != 0) {
      throw new IOException(
          "MP4 video needs an even width and height, not " + width + "×" + height);
    }
    this.width = width;
    this.height = height;
    av_log_set_level(AV_LOG_ERROR);
    String name = file.toString();
    bgra = new BytePointer(4L * width * height);
    // sws_scale reads four plane pointers and strides whatever the format; packed BGRA uses one.
    source = new PointerPointer<>(4);
    source.put(0, bgra);
    sourceStride = new IntPointer(new int[] {4 * width, 0, 0, 0});
    try {
      check(avformat_alloc_output_context2(format, null, "mp4", name), "set up the MP4 file");
      AVCodec h264 = avcodec_find_encoder_by_name(CODEC);
      if (h264 == null) {
        throw new IOException("this FFmpeg has no " + CODEC + " encoder");
      }
      stream = avformat_new_stream(format, null);
      codec = avcodec_alloc_context3(h264);
      codec.width(width);
      codec.height(height);
      codec.time_base(av_make_q(1, fps));
      codec.framerate(av_make_q(fps, 1));
      codec.pix_fmt(AV_PIX_FMT_YUV420P);
      codec.bit_rate(Math.round(BITS_PER_PIXEL * width * height * fps));
      codec.gop_size(2 * fps);
      codec.color_primaries(AVCOL_PRI_BT709);
      codec.color_trc(AVCOL_TRC_BT709);
      codec.colorspace(AVCOL_SPC_BT709);
      codec.color_range(AVCOL_RANGE_MPEG);
      if ((format.oformat().flags() & AVFMT_GLOBALHEADER) != 0) {
        codec.flags(codec.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
      }
      check(avcodec_open2(codec, h264, (AVDictionary) null), "start the H.264 encoder");
      check(avcodec_parameters_from_context(stream.codecpar(), codec), "describe the video");
      stream.time_base(codec.time_base());
      AVIOContext io = new AVIOContext(null);
      check(avio_open(io, name, AVIO_FLAG_WRITE), "open " + name);
      format.pb(io);
      ioOpen = true;
      AVDictionary options = new AVDictionary(null);
      av_dict_set(options, "movflags", "+faststart", 0);
      int header = avformat_write_header(format, options);
      av_dict_free(options);
      check(header, "write the MP4 header");
      picture = av_frame_alloc();
      picture.format(AV_PIX_FMT_YUV420P);
      picture.width(width);
      picture.height(height);
      check(av_frame_get_buffer(picture, 0), "allocate a video frame");
      packet = av_packet_alloc();
      scaler =
          sws_getContext(
              width,
              height,
              AV_PIX_FMT_BGRA,
              width,
              height,
              AV_PIX_FMT_YUV420P,
              SWS_BILINEAR,
              null,
              null,
              (DoublePointer) null);
      // Full-range RGB in, BT.709 limited-range YUV out.
      IntPointer bt709 = sws_getCoefficients(SWS_CS_ITU709);
      sws_setColorspaceDetails(scaler, bt709, 1, bt709, 0, 0, 1 << 16, 1 << 16);
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  @Override
  public void add(BufferedImage frame) throws IOException {
    int[] argb = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
    // An int 0xAARRGGBB lies in memory as B, G, R, A on little-endian machines: BGRA.
    new IntPointer(bgra).put(argb, 0, width * height);
    check(av_frame_make_writable(picture), "reuse the video frame");
    sws_scale(scaler, source, sourceStride, 0, height, picture.data(), picture.linesize());
    picture.pts(next++);
    encode(picture);
  }

  @Override
  public void finish() throws IOException {
    encode(null);
    check(av_write_trailer(format), "finish the MP4 file");
    // Closing flushes FFmpeg's last buffer: a full disk can show only here.
    check(closeIo(), "close the MP4 file");
    storage.sync(file);
  }

  private void encode(AVFrame frame) throws IOException {
    check(avcodec_send_frame(codec, frame), "encode a frame");
    while (true) {
      int result = avcodec_receive_packet(codec, packet);
      if (result == AVERROR_EAGAIN() || result == AVERROR_EOF) {
        return;
      }
      check(result, "encode a frame");
      av_packet_rescale_ts(packet, codec.time_base(), stream.time_base());
      packet.stream_index(stream.index());
      check(av_interleaved_write_frame(format, packet), "write a frame");
    }
  }

  @Override
  public void close() throws IOException {
    closeIo();
    if (scaler != null) {
      sws_freeContext(scaler);
      scaler = null;
    }
    if (packet != null) {
      av_packet_free(packet);
      packet = null;
    }
    if (picture != null) {
      av_frame_free(picture);
      picture = null;
    }
    if (codec != null) {
      avcodec_free_context(codec);
      codec = null;
    }
    if (!format.isNull()) {
      avformat_free_context(format);
      format.setNull();
    }
    bgra.close();
    source.close();
    sourceStride.close();
  }

  /** Closes the file FFmpeg writes; FFmpeg's result (negative on failure), 0 if it was closed. */
  private int closeIo() {
    int result = 0;
    if (ioOpen) {
      result = avio_closep(format.pb());
      format.pb(null);
      ioOpen = false;
    }
    return result;
  }

  private static void check(int result, String what) throws IOException {
    if (result < 0) {
      byte[] text = new byte[256];
      av_strerror(result, text, text.length);
      int end = 0;
      while (end < text.length && text[end] != 0) {
        end++;
      }
      throw new IOException(
          "could not "
              + what
              + ": "
              + new String(text, 0, end, java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
