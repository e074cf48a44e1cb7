// The citations behind the catalog's values. Every provenance record and published claim names
// one of these ids; the catalog tests check that each id resolves. Vendor documents are preferred;
// where a figure was only found in press or analyst coverage, that coverage is cited and the value
// is marked secondary (or estimate) in the entry.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <array>
#include <string_view>

namespace accelspec::catalog {
// String literals as "..."sv: a string_view made from a plain literal counts its characters
// one by one in a constant evaluation (libstdc++), which was most of the catalog's constexpr
// steps and a large part of its compile time.
using namespace std::string_view_literals;

struct source {
  std::string_view id{};
  std::string_view title{};
  std::string_view publisher{};
  std::string_view date{};  // ISO 8601, as precise as known: "2023", "2023-10", "2023-10-25"
  std::string_view url{};
};

inline constexpr std::array sources{
    // NVIDIA
    source{"nvidia-v100-datasheet"sv, "NVIDIA Tesla V100 GPU Accelerator datasheet"sv, "NVIDIA"sv, "2018"sv,
           "https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf"sv},
    source{"nvidia-a100-whitepaper"sv, "NVIDIA A100 Tensor Core GPU Architecture (whitepaper)"sv, "NVIDIA"sv, "2020"sv,
           "https://images.nvidia.com/aem-dam/en-zz/Solutions/data-center/nvidia-ampere-architecture-whitepaper.pdf"sv},
    source{"nvidia-a100-datasheet"sv, "NVIDIA A100 Tensor Core GPU datasheet"sv, "NVIDIA"sv, "2021"sv,
           "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/"sv
           "nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf"sv},
    source{"nvidia-a30-datasheet"sv, "NVIDIA A30 Tensor Core GPU datasheet"sv, "NVIDIA"sv, "2021"sv,
           "https://www.nvidia.com/en-us/data-center/products/a30-gpu/"sv},
    source{"nvidia-a10-datasheet"sv, "NVIDIA A10 Tensor Core GPU datasheet"sv, "NVIDIA"sv, "2021"sv,
           "https://www.nvidia.com/en-us/data-center/products/a10-gpu/"sv},
    source{"nvidia-a40-datasheet"sv, "NVIDIA A40 GPU datasheet"sv, "NVIDIA"sv, "2020"sv,
           "https://www.nvidia.com/en-us/data-center/a40/"sv},
    source{"nvidia-ga102-whitepaper"sv, "NVIDIA Ampere GA102 GPU Architecture (whitepaper)"sv, "NVIDIA"sv, "2020"sv,
           "https://www.nvidia.com/content/PDF/nvidia-ampere-ga-102-gpu-architecture-whitepaper-v2.pdf"sv},
    source{"nvidia-t4-datasheet"sv, "NVIDIA T4 Tensor Core GPU datasheet"sv, "NVIDIA"sv, "2019"sv,
           "https://www.nvidia.com/en-us/data-center/tesla-t4/"sv},
    source{"nvidia-turing-whitepaper"sv, "NVIDIA Turing GPU Architecture (whitepaper)"sv, "NVIDIA"sv, "2018"sv,
           "https://images.nvidia.com/aem-dam/en-zz/Solutions/design-visualization/technologies/turing-architecture/"sv
           "NVIDIA-Turing-Architecture-Whitepaper.pdf"sv},
    source{"nvidia-h100-whitepaper"sv, "NVIDIA H100 Tensor Core GPU Architecture (whitepaper)"sv, "NVIDIA"sv, "2022"sv,
           "https://resources.nvidia.com/en-us-tensor-core/gtc22-whitepaper-hopper"sv},
    source{"nvidia-h100-page"sv, "NVIDIA H100 Tensor Core GPU: specifications"sv, "NVIDIA"sv, "2023"sv,
           "https://www.nvidia.com/en-us/data-center/h100/"sv},
    source{"nvidia-h200-page"sv, "NVIDIA H200 Tensor Core GPU: specifications"sv, "NVIDIA"sv, "2024"sv,
           "https://www.nvidia.com/en-us/data-center/h200/"sv},
    source{"nvidia-gh200-page"sv, "NVIDIA GH200 Grace Hopper Superchip"sv, "NVIDIA"sv, "2024"sv,
           "https://www.nvidia.com/en-us/data-center/grace-hopper-superchip/"sv},
    source{"nvidia-hgx-page"sv, "NVIDIA HGX platform: HGX B200 and B300 specifications"sv, "NVIDIA"sv, "2025"sv,
           "https://www.nvidia.com/en-us/data-center/hgx/"sv},
    source{"nvidia-gb200-page"sv, "NVIDIA GB200 NVL72: specifications"sv, "NVIDIA"sv, "2024"sv,
           "https://www.nvidia.com/en-us/data-center/gb200-nvl72/"sv},
    source{"nvidia-ada-whitepaper"sv, "NVIDIA Ada GPU Architecture (whitepaper)"sv, "NVIDIA"sv, "2023"sv,
           "https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf"sv},
    source{"nvidia-l40s-datasheet"sv, "NVIDIA L40S GPU datasheet"sv, "NVIDIA"sv, "2023"sv,
           "https://www.nvidia.com/en-us/data-center/l40s/"sv},
    source{"nvidia-l40-datasheet"sv, "NVIDIA L40 GPU datasheet"sv, "NVIDIA"sv, "2022"sv,
           "https://www.nvidia.com/en-us/data-center/l40/"sv},
    source{"nvidia-l4-datasheet"sv, "NVIDIA L4 Tensor Core GPU datasheet"sv, "NVIDIA"sv, "2023"sv,
           "https://www.nvidia.com/en-us/data-center/l4/"sv},
    source{"nvidia-rtx6000-ada-datasheet"sv, "NVIDIA RTX 6000 Ada Generation datasheet"sv, "NVIDIA"sv, "2022"sv,
           "https://www.nvidia.com/en-us/design-visualization/rtx-6000/"sv},
    source{"nvidia-rtx-blackwell-whitepaper"sv, "NVIDIA RTX Blackwell GPU Architecture (whitepaper)"sv, "NVIDIA"sv,
           "2025"sv,
           "https://images.nvidia.com/aem-dam/Solutions/geforce/blackwell/nvidia-rtx-blackwell-gpu-architecture.pdf"sv},
    source{"nvidia-rtx-pro-6000-page"sv, "NVIDIA RTX PRO 6000 Blackwell Server Edition"sv, "NVIDIA"sv, "2025"sv,
           "https://www.nvidia.com/en-us/data-center/rtx-pro-6000-blackwell-server-edition/"sv},
    source{"lockwood-blackwell"sv, "Glenn K. Lockwood, B200 and B300 processor notes"sv, "glennklockwood.com"sv,
           "2025"sv, "https://glennklockwood.com/garden/processors/B200"sv},
    source{"verda-gb300"sv, "GB300 NVL72 architecture: per-GPU dense throughput"sv, "Verda"sv, "2025"sv,
           "https://verda.com/blog/gb300-nvl72-architecture"sv},
    source{"lynskey-blackwell"sv, "NVIDIA Blackwell low-level notes (die size estimate)"sv, "B. J. Lynskey"sv, "2025"sv,
           "https://brendanjameslynskey.github.io/NVIDIA_GPU_32_Blackwell_Low_Level/"sv},
    source{
        "tomshardware-h20"sv,
        "New Nvidia AI GPUs designed to get around US export bans come to China: H20, L20 and L2"sv, "Tom's Hardware"sv,
        "2024"sv,
        "https://www.tomshardware.com/pc-components/gpus/"sv
        "new-nvidia-ai-gpus-designed-to-get-around-us-export-bans-come-to-china-h20-l20-and-l2-to-fill-void-left-by-"sv
        "restricted-models"sv},
    source{"semianalysis-h20"sv,
           "NVIDIA's tweaked H20 AI GPU enters mass production in Q2 2024, destined for China (relays SemiAnalysis's "sv
           "figures)"sv,
           "TweakTown"sv, "2024"sv,
           "https://www.tweaktown.com/news/95224/"sv
           "nvidias-tweaked-h20-ai-gpu-enters-mass-production-in-q2-2024-destined-for-china/index.html"sv},
    source{"whatpsu-h20"sv, "NVIDIA will sell more than one million H20 GPUs to China"sv, "WhatPSU"sv, "2023"sv,
           "https://in.whatpsu.com/articles/"sv
           "1176-NVIDIA-will-sell-more-than-one-million-H20-GPUs-to-China-resulting-in-12-billion-in-revenue"sv},
    source{"philisun-h800"sv, "NVIDIA H800 vs H100: a technical deep dive"sv, "Philisun"sv, "2024"sv,
           "https://www.philisun.com/technical-analysis/"sv
           "nvidia-h800-vs-h100-a-technical-deep-dive-into-politically-defined-ai-chips/"sv},
    source{"tweakers-a800"sv, "Nvidia introduceert A800-gpu voor China"sv, "Tweakers"sv, "2022-11"sv,
           "https://tweakers.net/nieuws/203182/"sv
           "nvidia-introduceert-a800-gpu-voor-china-die-niet-onder-exportrestricties-vs-valt.html"sv},
    source{"tomshardware-4090d"sv, "Nvidia reportedly creating RTX 4090 D to comply with US export regulations"sv,
           "thetechnicalissue.com (reprint of a Tom's Hardware article)"sv, "2023-11"sv,
           "https://thetechnicalissue.com/"sv
           "nvidia-reportedly-creating-new-rtx-4090-d-dragon-gpu-to-comply-with-us-export-regulations-for-china/"sv},
    source{"winbuzzer-4090d"sv,
           "Nvidia releases downgraded RTX 4090D GPU for compliance with US-China export controls"sv, "WinBuzzer"sv,
           "2023-12-29"sv,
           "https://winbuzzer.com/2023/12/29/"sv
           "nvidia-releases-downgraded-rtx-4090d-gpu-for-compliance-with-us-china-export-controls-xcxwbn/"sv},
    source{
        "tomshw-it-4090d"sv, "Anche la RTX 4090D e' illegale?"sv, "Tom's Hardware Italia"sv, "2024-04-04"sv,
        "https://www.tomshw.it/hardware/anche-la-rtx-4090d-e-illegale-gli-usa-vietano-le-gpu-sopra-i-70-teraflops-in-"sv
        "cina-2024-04-04"sv},
    source{"tomshardware-5090d"sv, "Nvidia RTX 5090D V2 limits AI performance even more"sv, "Tom's Hardware"sv,
           "2025-08"sv,
           "https://www.tomshardware.com/pc-components/gpus/"sv
           "nvidia-rtx-5090d-v2-limits-ai-performance-even-more-with-25-percent-less-vram-and-bandwidth-downgraded-"sv
           "gaming-flagship-keeps-same-usd2299-msrp-in-china"sv},
    source{"tomshardware-2026"sv, "U.S. posts official H200 and MI325X AI GPU export rules to China"sv,
           "Tom's Hardware"sv, "2026-01"sv,
           "https://www.tomshardware.com/tech-industry/artificial-intelligence/"sv
           "u-s-posts-official-h200-and-mi325x-ai-gpu-export-rules-to-china-but-with-plenty-of-caveats-a-string-of-"sv
           "requirments-greatly-limits-the-total-number-of-gpus-that-can-be-shipped-to-china"sv},
    source{"bis-2026"sv, "Revision to License Review Policy for Advanced Computing Commodities (91 FR 1684)"sv,
           "Bureau of Industry and Security, Federal Register"sv, "2026-01-15"sv,
           "https://www.federalregister.gov/documents/2026/01/15/2026-00789/"sv
           "revision-to-license-review-policy-for-advanced-computing-commodities"sv},
    source{"epoch-chips"sv, "Epoch AI machine learning hardware dataset"sv, "Epoch AI"sv, "2025"sv,
           "https://epoch.ai/data/machine-learning-hardware"sv},
    // AMD
    source{"amd-mi100-datasheet"sv, "AMD Instinct MI100 accelerator specifications"sv, "AMD"sv, "2020"sv,
           "https://www.amd.com/en/products/accelerators/instinct/mi100.html"sv},
    source{"amd-mi200-specs"sv, "AMD Instinct MI210, MI250 and MI250X specifications"sv, "AMD"sv, "2022"sv,
           "https://www.amd.com/en/products/accelerators/instinct/mi200.html"sv},
    source{"anandtech-mi210"sv, "AMD releases Instinct MI210 accelerator: CDNA 2 on a PCIe card"sv, "AnandTech"sv,
           "2022-03-22"sv,
           "https://www.anandtech.com/show/17326/amd-releases-instinct-mi210-accelerator-cdna-2-on-a-pcie-card"sv},
    source{"techpowerup-gpudb"sv, "TechPowerUp GPU database (die sizes)"sv, "TechPowerUp"sv, "2024"sv,
           "https://www.techpowerup.com/gpu-specs/"sv},
    source{"amd-mi300x-datasheet"sv, "AMD Instinct MI300X accelerator datasheet"sv, "AMD"sv, "2023"sv,
           "https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/data-sheets/"sv
           "amd-instinct-mi300x-data-sheet.pdf"sv},
    source{"amd-mi300a-datasheet"sv, "AMD Instinct MI300A APU datasheet"sv, "AMD"sv, "2023"sv,
           "https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/data-sheets/"sv
           "amd-instinct-mi300a-data-sheet.pdf"sv},
    source{"amd-mi325x-page"sv, "AMD Instinct MI325X accelerator specifications"sv, "AMD"sv, "2024"sv,
           "https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html"sv},
    source{"amd-mi355x-page"sv, "AMD Instinct MI355X accelerator specifications"sv, "AMD"sv, "2025"sv,
           "https://www.amd.com/en/products/accelerators/instinct/mi350/mi355x.html"sv},
    source{"semianalysis-mi300"sv, "AMD MI300: taming the hype (chiplet die areas)"sv, "SemiAnalysis"sv, "2023"sv,
           "https://newsletter.semianalysis.com/p/amd-mi300-taming-the-hype-ai-performance"sv},
    source{"isscc-mi355x"sv,
           "ISSCC 2026: AMD discloses how the Instinct MI355X doubled per-CU throughput despite lower compute unit "sv
           "count"sv,
           "3DTested (copy of a Tom's Hardware article)"sv, "2026"sv,
           "https://www.3dtested.com/tech-industry/semiconductors/inside-the-instinct-mi355x"sv},
    // Intel
    source{"intel-gaudi2-whitepaper"sv, "Habana Gaudi2 white paper"sv, "Habana Labs (Intel); copy hosted on Scribd"sv,
           "2022-05"sv, "https://www.scribd.com/document/752234452/gaudi2-whitepaper"sv},
    source{"technode-gaudi2-china"sv,
           "Intel launches Habana Gaudi 2 deep learning accelerator card for Chinese market"sv, "TechNode"sv,
           "2023-07-12"sv,
           "https://technode.com/2023/07/12/intel-launches-habana-gaudi-2-deep-learning-accelerator-card-for-chinese-"sv
           "market/"sv},
    source{
        "intel-gaudi3-whitepaper"sv, "Intel Gaudi 3 AI Accelerator white paper"sv, "Intel"sv, "2024"sv,
        "https://www.intel.com/content/www/us/en/content-details/817486/intel-gaudi-3-ai-accelerator-white-paper.html"sv},
    source{"spectrum-gaudi3"sv, "Intel's Gaudi 3 goes after Nvidia (two-die package)"sv, "IEEE Spectrum"sv, "2024-04"sv,
           "https://spectrum.ieee.org/intel-gaudi-3"sv},
    // Huawei
    source{"cset-ascend"sv, "Pushing the limits: Huawei's AI chip tests U.S. export controls"sv,
           "CSET, Georgetown University"sv, "2024"sv,
           "https://cset.georgetown.edu/publication/pushing-the-limits-huaweis-ai-chip-tests-u-s-export-controls/"sv},
    source{"kurnal-910b"sv, "Huawei's homegrown AI chip examined: SMIC-produced Ascend 910B (die shot)"sv,
           "bytefeed.ai (rewrite of a Tom's Hardware article; die-shot measurements by Kurnal)"sv, "2024"sv,
           "https://bytefeed.ai/technology/"sv
           "huaweis-homegrown-ai-chip-examined-chinese-fab-smic-produced-ascend-910b-is-massively-different-from-the-"sv
           "tsmc-produced-ascend-910/"sv},
    source{"huawei-atlas-a3"sv, "Atlas 900 A3 SuperPoD"sv, "Huawei"sv, "2025"sv,
           "https://e.huawei.com/cn/products/computing/ascend/atlas-900-a3-superpod"sv},
    source{"arxiv-cloudmatrix384"sv, "Serving Large Language Models on Huawei CloudMatrix384 (arXiv:2506.12708)"sv,
           "Huawei, SiliconFlow"sv, "2025-06"sv, "https://arxiv.org/abs/2506.12708"sv},
    // Google
    source{"gcp-tpu-v4"sv, "Cloud TPU v4"sv, "Google Cloud"sv, "2023"sv, "https://cloud.google.com/tpu/docs/v4"sv},
    source{"gcp-tpu-v5e"sv, "Cloud TPU v5e"sv, "Google Cloud"sv, "2024"sv, "https://cloud.google.com/tpu/docs/v5e"sv},
    source{"gcp-tpu-v5p"sv, "Cloud TPU v5p"sv, "Google Cloud"sv, "2024"sv,
           "https://docs.cloud.google.com/tpu/docs/v5p"sv},
    source{"gcp-tpu-v6e"sv, "Cloud TPU v6e (Trillium)"sv, "Google Cloud"sv, "2025"sv,
           "https://cloud.google.com/tpu/docs/v6e"sv},
    // AWS
    source{
        "aws-trainium2"sv, "Trainium2 architecture (AWS Neuron documentation)"sv, "Amazon Web Services"sv, "2025"sv,
        "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trainium2.html"sv},
    // Cerebras
    source{"cerebras-wse3"sv, "Cerebras announces third generation wafer scale engine"sv, "Cerebras Systems"sv,
           "2024-03-13"sv,
           "https://www.cerebras.ai/press-release/cerebras-announces-third-generation-wafer-scale-engine"sv},
    // Cambricon
    source{"cambricon-mlu370"sv, "MLU370-X8 intelligent accelerator card"sv, "Cambricon"sv, "2022"sv,
           "https://www.cambricon.com/index.php?m=content&c=index&a=lists&catid=406"sv},
    // Added for the policy and catalog review (issue 10)
    source{"amd-cdna4-whitepaper"sv, "AMD CDNA 4 Architecture (whitepaper)"sv, "AMD"sv, "2025"sv,
           "https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/white-papers/"sv
           "amd-cdna-4-architecture-whitepaper.pdf"sv},
    source{"tomshardware-mi250x-pictured"sv, "AMD's Instinct MI250X pictured (GCD area estimated from photos)"sv,
           "Tom's Hardware"sv, "2021-11"sv, "https://www.tomshardware.com/news/amd-instinct-mi250x-pictured"sv},
    // Audit of 2026-12 and the parts added then
    source{"borimooc-910b"sv, "Ascend 910B in depth: FP16 320 TFLOPS, INT8 640 TOPS (blog; bin not named)"sv,
           "borimooc.com"sv, "2025-02-25"sv, "https://borimooc.com/mNoticeDetail/1187.htm"sv},
    source{
        "besthub-ascend-2025"sv,
        "Huawei Ascend AI chip specs comparison and 2025-2028 roadmap (summary of the Huawei Connect 2025 keynote)"sv,
        "besthub.dev"sv, "2025-09"sv,
        "https://www.besthub.dev/articles/"sv
        "huawei-ascend-ai-chip-detailed-specs-comparison-2025-2028-roadmap-a247a4760c30"sv},
    source{"evertiq-910d"sv, "Report: Huawei develops new AI chip to compete with Nvidia (Ascend 910D)"sv, "Evertiq"sv,
           "2025-04-28"sv,
           "https://evertiq.com/news/2025-04-28-report-huawei-develops-new-ai-chip-to-compete-with-nvidia"sv},
    source{
        "bis-gp10-guidance-2025"sv,
        "Guidance on application of General Prohibition 10 to PRC advanced-computing ICs (names Ascend 910B, 910C, "sv
        "910D; text not read, known from reports)"sv,
        "Bureau of Industry and Security"sv, "2025-05-13"sv, "https://www.bis.gov/"sv},
    source{"theoutpost-mi308"sv,
           "AMD faces $800 million charge as US tightens AI chip export controls to China (MI308)"sv, "The Outpost"sv,
           "2025-04-16"sv,
           "https://theoutpost.ai/news-story/"sv
           "amd-faces-800-million-charge-as-us-tightens-ai-chip-export-controls-to-china-14428"sv},
    source{"bnn-b30a"sv, "Nvidia working on new AI chip for China that outperforms the H20, sources say (Reuters)"sv,
           "BNN Bloomberg"sv, "2025-08-19"sv,
           "https://www.bnnbloomberg.ca/business/2025/08/19/"sv
           "nvidia-working-on-new-ai-chip-for-china-that-outperforms-the-h20-sources-say/"sv},
    source{"coinpaper-rtx6000d"sv, "China blocks Nvidia's RTX Pro 6000D as local chips rise"sv, "Coinpaper"sv,
           "2025-09"sv, "https://coinpaper.com/11072/china-blocks-nvidia-s-rtx-pro-6000-d-as-local-chips-rise"sv},
    source{"rocm-gpu-specs"sv, "GPU hardware specifications (ROCm documentation)"sv, "AMD"sv, "2026"sv,
           "https://rocm.docs.amd.com/en/7.13.0-preview/reference/gpu-specs.html"sv},
    source{
        "tomshardware-mi355x"sv, "AMD's Instinct MI355X accelerator will consume 1,400 watts"sv, "Tom's Hardware"sv,
        "2025-06"sv,
        "https://www.tomshardware.com/pc-components/gpus/amds-instinct-mi355x-accelerator-will-consume-1-400-watts"sv},
    source{"theregister-mi355x"sv, "AMD's MI355X and MI350X (Advancing AI 2025 launch report)"sv, "The Register"sv,
           "2025-06-12"sv, "https://www.theregister.com/2025/06/12/amd_mi355x/"sv},
    source{"techpowerup-mi350-silicon"sv,
           "AMD Instinct MI350X series AI GPU silicon detailed (TechPowerUp text, reproduced)"sv, "whatpsu.com"sv,
           "2025-08"sv,
           "https://de.whatpsu.com/articles/"sv
           "1768-Detailed-information-on-the-silicon-of-the-AMD-Instinct-MI350X-Series-AI-GPU"sv},
    source{"jax-tpu-info"sv, "Pallas Mosaic TPU hardware table (jax/_src/pallas/mosaic/tpu_info.py)"sv,
           "Google (jax-ml/jax)"sv, "2026"sv,
           "https://github.com/jax-ml/jax/blob/main/jax/_src/pallas/mosaic/tpu_info.py"sv},
    source{"gcp-tpu7x"sv, "TPU7x (Ironwood)"sv, "Google Cloud"sv, "2025"sv,
           "https://docs.cloud.google.com/tpu/docs/tpu7x"sv},
    source{"pakinomist-ironwood"sv, "Ironwood TPU details (Hot Chips 2025 report)"sv, "pakinomist.com"sv, "2025-08"sv,
           "https://pakinomist.com/"sv
           "ironwood-tpu-details-show-googles-most-powerful-supercomputer-to-date-with-1-77pb-shared-memory-across-"sv
           "9216-chips-that-set-a-new-world-record"sv},
    source{
        "siliconangle-ironwood"sv, "Google's cloud-based AI Hypercomputer gets new workhorse: Ironwood TPU"sv,
        "SiliconANGLE"sv, "2025-04-09"sv,
        "https://siliconangle.com/2025/04/09/googles-cloud-based-ai-hypercomputer-gets-new-workhorse-ironwood-tpu"sv},
    source{
        "aws-trainium3"sv, "Trainium3 architecture (AWS Neuron documentation)"sv, "Amazon Web Services"sv,
        "2025-12-02"sv,
        "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trainium3.html"sv},
    source{"aws-trainium3-nki"sv, "Trainium3 architecture (NKI guide)"sv, "Amazon Web Services"sv, "2025"sv,
           "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/nki/about/trainium3_arch.html"sv},
    source{"aiwire-trainium3"sv, "AWS Trainium3 UltraServers (AIwire report, reproduced)"sv, "buzzbytech.com"sv,
           "2025-12"sv, "https://buzzbytech.com/?p=9439"sv},
    source{"thelettertwo-trainium3"sv, "AWS Trainium3 UltraServers generally available; Trainium4 preview"sv,
           "The Letter Two"sv, "2025-12-02"sv,
           "https://thelettertwo.com/2025/12/02/aws-trainium3-ultraservers-trainium4-preview/"sv},
    source{"aws-trainium"sv, "Trainium architecture (AWS Neuron documentation)"sv, "Amazon Web Services"sv, "2025"sv,
           "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trainium.html"sv},
    source{"aws-trainium-2023"sv, "Trainium architecture (AWS Neuron documentation, release 2.9.1)"sv,
           "Amazon Web Services"sv, "2023"sv,
           "https://awsdocs-neuron.readthedocs-hosted.com/en/v2.9.1/_sources/general/arch/neuron-hardware/"sv
           "trainium.rst.txt"sv},
    source{"aws-inferentia2"sv, "Inferentia2 architecture (AWS Neuron documentation)"sv, "Amazon Web Services"sv,
           "2025"sv,
           "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/inferentia2.html"sv},
    source{"cloudoptimo-trainium"sv, "Amazon's custom ML accelerators: AWS Trainium and Inferentia"sv, "CloudOptimo"sv,
           "2024"sv, "https://cloudoptimo.com/blog/amazons-custom-ml-accelerators-aws-trainium-and-inferentia"sv},
    source{"zephtech-inf2"sv, "AWS EC2 Inf2 preview (re:Invent 2022)"sv, "zephtech.net"sv, "2022-11-30"sv,
           "https://zephtech.net/feed/2022-11-30-aws-ec2-inf2-trainium-ml-inference.html"sv},
    source{"microsoft-maia100-hotchips"sv,
           "Inside Maia 100: Microsoft's spec slide (Hot Chips 2024 deck, reproduced)"sv,
           "Microsoft (via sgpjbg.com)"sv, "2024-08"sv, "https://www.sgpjbg.com/bgdown/464893.html?dtype=0"sv},
    source{"hostzealot-maia100"sv, "Microsoft announced the first AI chip, Maia 100 (Ignite 2023)"sv, "HostZealot"sv,
           "2023-11"sv, "https://hostzealot.com/blog/news/microsoft-announced-the-first-ai-chip-maia-100"sv},
    source{"inelectronics-maia200"sv, "Microsoft Maia 200 inference accelerator"sv, "inelectronics.co.uk"sv,
           "2026-01"sv, "https://www.inelectronics.co.uk/?p=424784"sv},
    source{"taiwannews-maia200"sv, "Microsoft launches Maia 200 AI chip"sv, "Taiwan News"sv, "2026-01-26"sv,
           "https://www.taiwannews.com.tw/news/6291442"sv},
    source{"globalpractice-maia200"sv,
           "Microsoft's Maia 200 promises Blackwell levels of performance for two-thirds the power"sv,
           "The Global Practice"sv, "2026-01-27"sv,
           "https://theglobalpractice.com/2026/01/27/"sv
           "microsofts-maia-200-promises-blackwell-levels-of-performance-for-two-thirds-the-power"sv},
    source{"icwells-mtia"sv, "Meta MTIA v1 (summary of Meta's announcement)"sv, "icwells.com"sv, "2023-05"sv,
           "http://icwells.com/en/103.html"sv},
    source{"hada-mtia"sv, "MTIA v1: Meta's first-generation AI inference accelerator (news item)"sv,
           "GeekNews (news.hada.io)"sv, "2023-05-24"sv, "https://news.hada.io/topic/9246.md"sv},
    source{"eenews-mtia2"sv, "Meta launches second-generation custom AI chip"sv, "eeNews Europe"sv, "2024-04"sv,
           "https://www.eenewseurope.com/en/meta-launches-second-generation-custom-ai-chip/"sv},
    source{"techpowerup-mtia2"sv, "Meta's next-generation MTIA (news report with Meta's table)"sv, "TechPowerUp"sv,
           "2024-04"sv, "https://techpowerup.com/news-tags/Triton"sv},
    source{"groq-isca-2020"sv, "Groq at ISCA 2020: the Tensor Streaming Processor"sv, "Groq"sv, "2020"sv,
           "https://groq.com/isca-2020-conference/"sv},
    source{"techpowerup-groq"sv, "Groq LPU figures (TechPowerUp news)"sv, "TechPowerUp"sv, "2024"sv,
           "https://techpowerup.com/news-tags/Processor?page=3"sv},
    source{"techspot-groq"sv, "Groq launches the first AI accelerator card capable of 1 PetaOPS"sv, "TechSpot"sv,
           "2020-01"sv, "https://www.techspot.com/news/83719-groq-launches-first-ai-accelerator-card-capable-1.html"sv},
    source{"aiwiki-groq"sv, "Groq LPU"sv, "AI Wiki (aiwiki.ai)"sv, "2026"sv, "https://aiwiki.ai/wiki/groq_lpu"sv},
    source{"sambanova-hotchips-2024"sv, "SambaNova SN40L (Hot Chips 2024 slides, reproduced)"sv,
           "SambaNova (via sgpjbg.com)"sv, "2024-08"sv, "https://www.sgpjbg.com/baogao/465014.html"sv},
    source{"aiwiki-sn40l"sv, "SambaNova SN40L"sv, "AI Wiki (aiwiki.ai)"sv, "2026"sv,
           "https://aiwiki.ai/wiki/sambanova_sn40l"sv},
    source{"tomshardware-br100"sv,
           "Chinese Biren rolls out new GPUs with 77 billion transistors, 2 PFLOPS of AI performance"sv,
           "Tom's Hardware"sv, "2022-08-10"sv,
           "https://www.tomshardware.com/news/"sv
           "chinese-biren-rolls-out-new-gpus-with-77-billion-transistors-2-pflops-of-ai-performance"sv},
    source{"chipsandcheese-br100"sv,
           "Hot Chips 34: Biren's BR100, a machine learning GPU from China (Chips and Cheese, reproduced)"sv,
           "vuink.com"sv, "2022-10-04"sv,
           "https://vuink.com/post/puvcfnaqpurrfr-d-dpbz/2022/10/04/"sv
           "hot-chips-34-birens-br100-a-machine-learning-gpu-from-china"sv},
    source{"iotech-s4000"sv, "Moore Threads launches the MTT S4000 compute card and KUAE clusters"sv, "io-tech.fi"sv,
           "2023-12"sv,
           "https://www.io-tech.fi/uutinen/"sv
           "moore-threads-julkaisi-uuden-mtt-s4000-laskentakortin-ja-kuae-intelligent-computing-center-"sv
           "palvelinklusterit/"sv},
    source{"hmc-tech-a800"sv, "NVIDIA A800 specifications (aggregator)"sv, "hmc-tech.com"sv, "2025"sv,
           "https://hmc-tech.com/gpu/nvidia-a800-vs-nvidia-t40"sv},
    source{"aiwiki-a800"sv, "NVIDIA A800"sv, "AI Wiki (aiwiki.ai)"sv, "2026"sv, "https://aiwiki.ai/wiki/nvidia_a800"sv},
    source{"aiwiki-h800"sv, "NVIDIA H800"sv, "AI Wiki (aiwiki.ai)"sv, "2026"sv, "https://aiwiki.ai/wiki/nvidia_h800"sv},
    source{"fixstars-rtx-pro-6000"sv,
           "What kind of GPU is the NVIDIA RTX PRO 6000 Blackwell Max-Q? (quotes NVIDIA's datasheet)"sv, "Fixstars"sv,
           "2025"sv, "https://blog.us.fixstars.com/what-kind-of-gpu-is-the-nvidia-rtx-pro-6000-blackwell-max-q"sv},
    source{"hmc-tech-rtx-pro-6000"sv,
           "NVIDIA RTX PRO 6000 Blackwell specifications (aggregator; dense and sparse listed)"sv, "hmc-tech.com"sv,
           "2025"sv, "https://hmc-tech.com/gpu/nvidia-rtx-pro-6000-blackwell-vs-amd-radeon-pro-duo-polaris"sv},
    source{"gpuname-rtx-pro-6000"sv, "NVIDIA unveils RTX PRO 6000 Blackwell GPU with 24,064 cores and 96 GB memory"sv,
           "gpu.name"sv, "2025-03"sv,
           "https://gpu.name/posts/nvidia-unveils-rtx-pro-6000-blackwell-gpu-with-24-064-cores-and-96gb-memory"sv},
};

// The catalog's as-of date: the day its figures and sources were last checked.
inline constexpr std::string_view as_of = "2026-12-04"sv;

// The sources whose URL was seen, with the content the catalog cites, when the catalog was last
// checked (as_of). Every other URL is unverified: it is the publisher's page as recorded when the
// value was entered, and the JSON and the report say so ("url_verified": false).
// Added on 2026-12-04 after reading: Google's v5p and TPU7x pages, AWS's Neuron pages for Trainium,
// Trainium2, Trainium3 and Inferentia2, Groq's ISCA page, and Tom's Hardware Italia on the 4090D.
inline constexpr std::string_view verified_urls[] = {
    "tomshardware-h20"sv,
    "semianalysis-h20"sv,
    "tomshardware-4090d"sv,
    "winbuzzer-4090d"sv,
    "tomshardware-2026"sv,
    "isscc-mi355x"sv,
    "intel-gaudi2-whitepaper"sv,
    "technode-gaudi2-china"sv,
    "cset-ascend"sv,
    "kurnal-910b"sv,
    "gcp-tpu-v5p"sv,
    "gcp-tpu7x"sv,
    "aws-trainium2"sv,
    "aws-trainium3"sv,
    "aws-trainium3-nki"sv,
    "aws-trainium"sv,
    "aws-trainium-2023"sv,
    "aws-inferentia2"sv,
    "groq-isca-2020"sv,
    "tomshw-it-4090d"sv,
    "jax-tpu-info"sv,
};

constexpr bool url_verified(std::string_view id) noexcept {
  for (const std::string_view v : verified_urls) {
    if (v == id) return true;
  }
  return false;
}

// The citation with that id, or nullptr.
constexpr const source* find_source(std::string_view id) noexcept {
  for (const source& s : sources) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

}  // namespace accelspec::catalog
